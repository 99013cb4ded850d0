import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { logger } from "@/src/operations/logger";
import { KEEP_IMPORTED_MS, KEEP_UNUSED_MS } from "./upload-limits";
import { readUpload, removeUpload, runningImports, uploadRoot } from "./upload-store";

/**
 * Removes uploads nobody will come back to: one never finished or never
 * imported after a day, the state of an import after a week, and anything
 * in the directory that is not a readable upload after a day. An import
 * running in this process is never touched.
 */
export async function sweepCsvUploads(now = Date.now()): Promise<number> {
  const names = await readdir(uploadRoot()).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (runningImports.has(name)) continue;
    const state = await readUpload(name).catch(() => null);
    const since = state ? Date.parse(state.updatedAt) : (await stat(path.join(uploadRoot(), name)).catch(() => null))?.mtimeMs;
    if (since === undefined) continue;
    const keep = state?.status === "stored" || state?.status === "failed" ? KEEP_IMPORTED_MS : KEEP_UNUSED_MS;
    if (now - since < keep) continue;
    await removeUpload(name).then(
      () => (removed += 1),
      (err: unknown) => logger.warn({ err, upload: name }, "could not remove an old CSV upload"),
    );
  }
  return removed;
}
