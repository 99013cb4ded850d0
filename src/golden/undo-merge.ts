import { AppError } from "@/src/errors";
import type { GoldenWriter } from "./golden-writer";
import { readOverrides, type Overrides } from "./overrides";
import { nextSeq } from "@/src/golden/next-seq";

type MergeRow = {
  id: string;
  survivorId: string;
  mergedId: string;
  sourceRecordIds: string[];
  repointedIds: string[];
  overridesBefore: unknown;
  createdAt: Date;
  undoneAt: Date | null;
};

/**
 * The survivor's overrides once a merge is undone: what it had before the
 * merge, except corrections a steward made after it, which stay. The merged
 * record keeps its own overrides; the steward's picks of the merge go.
 */
function overridesAfterUndo(current: Overrides, before: Overrides, mergedAt: Date): Overrides {
  const kept: Overrides = { ...before };
  for (const [name, o] of Object.entries(current) as [keyof Overrides, NonNullable<Overrides[keyof Overrides]>][]) {
    if (Date.parse(o.at) > mergedAt.getTime()) kept[name] = o;
  }
  return kept;
}

/**
 * Undoes one logged merge: the merged-away record comes back under its own
 * id (downstream systems may still hold it) with the source records it
 * brought that are still on the survivor, records once merged into it point
 * at it again, and the survivor gets back the overrides it had before. The
 * survivor's new version carries `golden.unmerged`, the restored record's
 * `golden.updated`.
 */
export async function undoMerge(golden: GoldenWriter, opts: { mergeId: string; reason: string }): Promise<{ survivorId: string; restoredId: string; sourceRecordIds: string[] }> {
  const { tx, at } = golden;
  const [seen] = await tx<MergeRow[]>`SELECT * FROM "GoldenMerge" WHERE id = ${opts.mergeId}`;
  if (!seen) throw new AppError("NOT_FOUND", `No merge has the id ${opts.mergeId}.`);
  // The survivor first, then the record merged into it: the order every merge takes them in (a merge holds a record
  // before it repoints the records merged into that one), so an undo and a merge of the survivor queue, not deadlock.
  const [survivor] = await golden.lock([seen.survivorId]);
  const [merged] = await golden.lock([seen.mergedId]);
  const [merge] = await tx<MergeRow[]>`SELECT * FROM "GoldenMerge" WHERE id = ${opts.mergeId} FOR UPDATE`;
  if (merge.undoneAt) throw new AppError("CONFLICT", "This merge was already undone.");
  if (survivor?.status !== "ACTIVE") throw new AppError("CONFLICT", `The surviving record was itself merged into ${survivor?.mergedIntoId} since; undo that merge first.`);
  if (merged?.mergedIntoId !== survivor.id) throw new AppError("CONFLICT", "The merged record no longer points at the survivor; reload the record.");
  const [later] = await tx<{ mergedId: string }[]>`
    SELECT "mergedId" FROM "GoldenMerge" WHERE "survivorId" = ${survivor.id} AND "undoneAt" IS NULL AND "createdAt" > ${merge.createdAt} LIMIT 1`;
  if (later) throw new AppError("CONFLICT", `Record ${later.mergedId} was merged into the survivor after this merge; undo that later merge first.`);
  const moved = await tx<{ id: string }[]>`
    UPDATE "SourceRecord" SET "goldenRecordId" = ${merged.id}, "updatedAt" = ${at}, seq = ${nextSeq(tx)}
    WHERE id = ANY(${merge.sourceRecordIds}::text[]) AND "goldenRecordId" = ${survivor.id} RETURNING id`;
  if (!moved.length) throw new AppError("CONFLICT", "None of the merged record's source records is on the survivor any more, so there is nothing to give back.");
  const [staying] = await tx<{ n: number }[]>`SELECT count(*)::int AS n FROM "SourceRecord" WHERE "goldenRecordId" = ${survivor.id} AND status = 'ACTIVE'`;
  if (!staying.n) throw new AppError("CONFLICT", "Undoing this merge would leave the surviving record without an active source record (its own were split out since); split the records instead.");
  await tx`UPDATE "GoldenRecord" SET status = 'ACTIVE', "mergedIntoId" = NULL, "updatedAt" = ${at} WHERE id = ${merged.id}`;
  await tx`UPDATE "GoldenRecord" SET "mergedIntoId" = ${merged.id}, "updatedAt" = ${at} WHERE id = ANY(${merge.repointedIds}::text[]) AND "mergedIntoId" = ${survivor.id}`;
  const [current] = await tx<{ overrides: unknown }[]>`SELECT overrides FROM "GoldenRecord" WHERE id = ${survivor.id}`;
  await golden.setOverrides(survivor.id, overridesAfterUndo(readOverrides(current.overrides), readOverrides(merge.overridesBefore), merge.createdAt));
  await tx`UPDATE "GoldenMerge" SET "undoneAt" = ${at}, "undoneBy" = ${golden.principalLabel} WHERE id = ${merge.id}`;
  const sourceRecordIds = moved.map((r) => r.id);
  await golden.rebuild(
    new Map([
      [survivor.id, { reasons: [`unmerged ${merged.id}: ${opts.reason}`], force: true, eventType: "golden.unmerged" as const, data: { restoredIds: [merged.id], sourceRecordIds } }],
      [merged.id, { reasons: [`restored from ${survivor.id}: ${opts.reason}`], force: true, eventType: "golden.updated" as const, data: { restoredFromId: survivor.id } }],
    ]),
  );
  return { survivorId: survivor.id, restoredId: merged.id, sourceRecordIds };
}
