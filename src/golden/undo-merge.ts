import { AppError } from "@/src/errors";
import type { GoldenWriter } from "./golden-writer";

type MergeRow = { id: string; survivorId: string; mergedId: string; sourceRecordIds: string[]; repointedIds: string[]; overridesBefore: unknown; undoneAt: Date | null };

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
  const pair = await golden.lock([seen.survivorId, seen.mergedId]);
  const [merge] = await tx<MergeRow[]>`SELECT * FROM "GoldenMerge" WHERE id = ${opts.mergeId} FOR UPDATE`;
  if (merge.undoneAt) throw new AppError("CONFLICT", "This merge was already undone.");
  const survivor = pair.find((g) => g.id === merge.survivorId);
  const merged = pair.find((g) => g.id === merge.mergedId);
  if (survivor?.status !== "ACTIVE") throw new AppError("CONFLICT", `The surviving record was itself merged into ${survivor?.mergedIntoId} since; undo that merge first.`);
  if (merged?.mergedIntoId !== survivor.id) throw new AppError("CONFLICT", "The merged record no longer points at the survivor; reload the record.");
  const moved = await tx<{ id: string }[]>`
    UPDATE "SourceRecord" SET "goldenRecordId" = ${merged.id}, "updatedAt" = ${at}
    WHERE id = ANY(${merge.sourceRecordIds}::text[]) AND "goldenRecordId" = ${survivor.id} RETURNING id`;
  if (!moved.length) throw new AppError("CONFLICT", "None of the merged record's source records is on the survivor any more, so there is nothing to give back.");
  await tx`UPDATE "GoldenRecord" SET status = 'ACTIVE', "mergedIntoId" = NULL, "updatedAt" = ${at} WHERE id = ${merged.id}`;
  await tx`UPDATE "GoldenRecord" SET "mergedIntoId" = ${merged.id}, "updatedAt" = ${at} WHERE id = ANY(${merge.repointedIds}::text[]) AND "mergedIntoId" = ${survivor.id}`;
  await tx`UPDATE "GoldenRecord" SET overrides = ${tx.json(merge.overridesBefore as Parameters<typeof tx.json>[0])} WHERE id = ${survivor.id}`;
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
