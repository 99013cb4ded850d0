import { z } from "zod";

/**
 * Where one stream of partners has been read to: the second of the last
 * change read (SAP's own wall-clock values, so queries compare like with
 * like), and every partner id already read in that second. SAP keeps change
 * times to the second and the next query starts at that second again
 * (`ge`); the ids say which of its partners were delivered. A single "last
 * id" would lose a partner with a lower id changed later in that same second.
 *
 * `afterId` is set once a second holds more partners than one query returns
 * and that second is over, so no partner can join it any more: then the
 * query itself starts after that id in SAP's order, and `seenIds` need not
 * grow with the second.
 */
const positionSchema = z.object({
  date: z.iso.date(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, "must be a time of day such as 09:05:00"),
  seenIds: z.array(z.string().min(1)),
  afterId: z.string().min(1).optional(),
});

/**
 * How far a source's partners have been read, as plain JSON for the sync
 * state table. Partners SAP changed since creation are ordered by their last
 * change; never-changed partners (LastChangeDate empty) by their creation, a
 * separate order, so each has its own position. `{}` reads everything.
 */
export const sapCursorSchema = z.object({ changed: positionSchema.optional(), created: positionSchema.optional() });

export type SapCursor = z.infer<typeof sapCursorSchema>;
export type SapStreamPosition = z.infer<typeof positionSchema>;
export type SapStream = keyof SapCursor;
