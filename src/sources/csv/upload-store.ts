import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "@/src/errors";
import { uploadStateSchema, type UploadState } from "./upload-state";

/**
 * Where uploads wait between their chunks, their preview and their import:
 * the OS temp dir, never the database or the request body. One directory per
 * upload holds the bytes received, the checked UTF-8 file and its state. The
 * portal's web process must be the one that received an upload to import it,
 * so several web processes need sticky sessions or one shared temp dir.
 */
export const uploadRoot = () => path.join(tmpdir(), "goldenhub-csv-uploads");

const dirOf = (id: string) => path.join(uploadRoot(), id);

/** The files of one upload: the bytes as received, and the checked file an import reads. */
export function uploadFiles(id: string) {
  return { dir: dirOf(id), received: path.join(dirOf(id), "received.part"), checked: path.join(dirOf(id), "upload.csv"), state: path.join(dirOf(id), "state.json") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The upload's state, or NOT_FOUND: an id that is not a UUID never reaches the file system. */
export async function readUpload(id: string): Promise<UploadState> {
  const missing = new AppError("NOT_FOUND", "No upload with that id: it may have been imported and cleaned up, discarded, or made on another server.");
  if (!UUID.test(id)) throw missing;
  const text = await readFile(uploadFiles(id).state, "utf8").catch(() => null);
  const state = text === null ? null : uploadStateSchema.safeParse(safeJson(text));
  if (!state?.success) throw missing;
  return state.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Writes the state whole (a temporary file renamed over the old one), so a reader never sees half of it. */
export async function writeUpload(state: UploadState): Promise<UploadState> {
  const next = { ...state, updatedAt: new Date().toISOString() };
  const { state: file } = uploadFiles(state.id);
  const temporary = `${file}.${randomUUID()}`;
  await writeFile(temporary, JSON.stringify(next));
  await rename(temporary, file);
  return next;
}

/** A new upload's directory and first state. */
export async function createUploadDir(state: Omit<UploadState, "id" | "createdAt" | "updatedAt">): Promise<UploadState> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await mkdir(uploadFiles(id).dir, { recursive: true, mode: 0o700 });
  return writeUpload({ ...state, id, createdAt: now, updatedAt: now });
}

/** Removes an upload and everything in it; removing one already gone is no error. */
export async function removeUpload(id: string): Promise<void> {
  await rm(uploadFiles(id).dir, { recursive: true, force: true });
}

/** Process-wide, as Next.js may load this module once per route: the per-upload queue and the imports running here. */
const shared = globalThis as unknown as { goldenhubCsvUploads?: { locks: Map<string, Promise<unknown>>; running: Set<string> } };
const registry = (shared.goldenhubCsvUploads ??= { locks: new Map(), running: new Set() });

/**
 * Runs `work` after any other work on the same upload, so two chunks sent at
 * once, or two clicks on "Start import", cannot both pass a check and write.
 */
export async function withUploadLock<T>(id: string, work: () => Promise<T>): Promise<T> {
  const before = registry.locks.get(id) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(work);
  const settled = mine.catch(() => undefined);
  registry.locks.set(id, settled);
  try {
    return await mine;
  } finally {
    if (registry.locks.get(id) === settled) registry.locks.delete(id);
  }
}

/** The imports this process is running, so a `storing` state left by a process that died can be told from a live one. */
export const runningImports = registry.running;
