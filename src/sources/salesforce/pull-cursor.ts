import { z } from "zod";

/**
 * Where an incremental pull stands, stored by the sync job as JSON after each
 * committed page. `since` is the newest SystemModstamp taken and
 * `boundaryIds` the records taken at exactly that instant: the next query
 * asks for `>= since` (a record saved later in the same second is not lost)
 * and skips those ids (none is taken twice). `nextRecordsUrl` continues an
 * unfinished query; when Salesforce has expired it, the pull starts again
 * from `since`, which loses and repeats nothing.
 */
export const pullCursorSchema = z.object({
  since: z.iso.datetime({ offset: true }).nullable(),
  boundaryIds: z.array(z.string()),
  nextRecordsUrl: z.string().startsWith("/services/data/").nullable(),
});

export type SalesforcePullCursor = z.infer<typeof pullCursorSchema>;

/** The cursor of a source never pulled: everything, from the oldest record. */
export const initialPullCursor: SalesforcePullCursor = { since: null, boundaryIds: [], nextRecordsUrl: null };
