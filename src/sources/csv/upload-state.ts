import { z } from "zod";
import { csvDelimiters } from "./detect-delimiter";

/** The encodings an upload may be in: UTF-8 (with or without a BOM), or Windows-1252 as older Excel writes it. */
export const uploadEncodings = ["utf-8", "windows-1252"] as const;
export type UploadEncoding = (typeof uploadEncodings)[number];

/** A preview cell: its start (long values cut) and its full length, so the page can say what was cut. */
const previewCell = z.object({ value: z.string(), length: z.number().int() });

/** What the upload's whole-file check found: what the mapping form and the preview show. */
const inspectionSchema = z.object({
  delimiter: z.enum(csvDelimiters),
  header: z.array(z.string()),
  preview: z.array(z.array(previewCell)),
  rows: z.number().int(),
  /** rows with more or fewer fields than the header: each will be quarantined */
  misshapen: z.number().int(),
});

/** The import started from the upload, as far as it got. */
const importSchema = z.object({
  sourceKey: z.string(),
  startedBy: z.string(),
  startedAt: z.iso.datetime(),
  rowsRead: z.number().int(),
  quarantined: z.number().int(),
  batchIds: z.array(z.string()),
  finishedAt: z.iso.datetime().optional(),
  error: z.string().optional(),
});

/**
 * One upload's life, kept as JSON beside its file: received in chunks,
 * checked whole (`ready`), then stored as batches by an import (`storing`,
 * `stored`, or `failed` with the reason). Read back through the schema, so
 * a hand-edited or half-written state file is treated as no upload at all.
 */
export const uploadStateSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  encoding: z.enum(uploadEncodings),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(["receiving", "ready", "storing", "stored", "failed"]),
  received: z.number().int().nonnegative(),
  inspection: inspectionSchema.optional(),
  import: importSchema.optional(),
});

export type UploadState = z.infer<typeof uploadStateSchema>;
export type UploadInspection = z.infer<typeof inspectionSchema>;
