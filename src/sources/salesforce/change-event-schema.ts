import { z } from "zod";

export const changeTypes = [
  "CREATE",
  "UPDATE",
  "DELETE",
  "UNDELETE",
  "GAP_CREATE",
  "GAP_UPDATE",
  "GAP_DELETE",
  "GAP_UNDELETE",
  "GAP_OVERFLOW",
] as const;
export type ChangeType = (typeof changeTypes)[number];

const headerSchema = z.object({
  entityName: z.string(),
  recordIds: z.array(z.string()),
  changeType: z.enum(changeTypes),
  changedFields: z.array(z.string()).default([]),
  nulledFields: z.array(z.string()).default([]),
  commitTimestamp: z.number(),
  commitNumber: z.number(),
  sequenceNumber: z.number(),
  transactionKey: z.string(),
  changeOrigin: z.string().default(""),
});
export type ChangeEventHeader = z.infer<typeof headerSchema>;

/** What the streaming client hands a subscriber for one change event (CometD `data`). */
export const changeEventSchema = z.object({
  event: z.object({ replayId: z.number() }),
  payload: z.looseObject({ ChangeEventHeader: headerSchema }),
});
export type ChangeEventMessage = z.infer<typeof changeEventSchema>;
