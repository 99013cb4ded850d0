import { randomUUID } from "node:crypto";
import { AppError } from "@/src/errors";
import { loadContributors } from "./contributors";
import type { GoldenWriter } from "./golden-writer";
import { nextSeq } from "@/src/golden/next-seq";

/**
 * Moves source records out of a golden record (which the caller has locked)
 * into a new one, the way a wrongly linked record is put right: the new
 * record gets `golden.created` naming where it came from, the old one a
 * version and `golden.unmerged` naming what left.
 */
export async function splitGolden(golden: GoldenWriter, opts: { goldenId: string; sourceRecordIds: string[]; reason: string }): Promise<{ newId: string }> {
  const { tx } = golden;
  const ids = [...new Set(opts.sourceRecordIds)];
  const held = await tx<{ id: string; status: string }[]>`SELECT id, status FROM "SourceRecord" WHERE "goldenRecordId" = ${opts.goldenId}`;
  const heldIds = new Set(held.map((r) => r.id));
  const missing = ids.filter((id) => !heldIds.has(id));
  if (missing.length) throw new AppError("CONFLICT", `Source record ${missing[0]} is not part of golden record ${opts.goldenId} (any more); reload the record.`);
  const staying = held.filter((r) => !ids.includes(r.id) && r.status === "ACTIVE");
  if (!staying.length) throw new AppError("CONFLICT", "At least one active source record must stay with the golden record; split out fewer records.");
  const contributors = (await loadContributors(tx, [opts.goldenId])).get(opts.goldenId) ?? [];
  const newId = randomUUID();
  await golden.create([
    { id: newId, reason: `split out of ${opts.goldenId}: ${opts.reason}`, contributors: contributors.filter((c) => ids.includes(c.sourceRecordId)), data: { splitFromId: opts.goldenId } },
  ]);
  await tx`UPDATE "SourceRecord" SET "goldenRecordId" = ${newId}, "updatedAt" = ${golden.at}, seq = ${nextSeq(tx)} WHERE id = ANY(${ids}::text[])`;
  await golden.rebuild(
    new Map([[opts.goldenId, { reasons: [`split out ${ids.length} source record(s) into ${newId}: ${opts.reason}`], force: true, eventType: "golden.unmerged", data: { splitIds: [newId], sourceRecordIds: ids } }]]),
  );
  return { newId };
}
