import { randomUUID } from "node:crypto";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";

export type PlantedPair = { left: CustomerAttributes; right: CustomerAttributes; score: number; ageDays?: number };

const PLANTED_SOURCE = { key: "planted", name: "Planted (tests)", kind: "API" as const, priority: 50 };

/**
 * Open suspects between fresh golden records, each backed by one source
 * record of the "planted" source and created `ageDays` ago, so queue tests
 * control scores, names and ages without going through matching, and a merge
 * of them runs survivorship over real source records. Returns the suspects in
 * the given order.
 */
export async function plantSuspects(pairs: readonly PlantedPair[]): Promise<{ id: string; leftId: string; rightId: string }[]> {
  const source = await prisma.source.upsert({ where: { key: PLANTED_SOURCE.key }, update: {}, create: PLANTED_SOURCE });
  const planted = pairs.map((p) => ({ ...p, ...orderedPair(randomUUID(), randomUUID()) }));
  const now = new Date();
  const records = planted.flatMap((p) => [
    { goldenId: p.leftId, attributes: p.left },
    { goldenId: p.rightId, attributes: p.right },
  ]).map((r) => ({ ...r, id: randomUUID(), externalId: randomUUID() }));
  await writeGoldenRecords(systemPrincipal("test"), async (w) => {
    await w.create(
      records.map((r) => ({
        id: r.goldenId,
        reason: "test",
        contributors: [{ sourceRecordId: r.id, source: source.key, externalId: r.externalId, priority: source.priority, sourceUpdatedAt: now, attributes: r.attributes }],
      })),
    );
    await w.tx`INSERT INTO "SourceRecord" ${w.tx(
      records.map((r) => ({
        id: r.id,
        sourceId: source.id,
        externalId: r.externalId,
        raw: w.tx.json(r.attributes),
        standardized: w.tx.json(r.attributes),
        sourceUpdatedAt: now,
        contentHash: r.id,
        goldenRecordId: r.goldenId,
        updatedAt: now,
      })),
    )}`;
    await w.addSuspects(planted.map((p) => ({ leftId: p.leftId, rightId: p.rightId, score: p.score, explanation: { fields: [] } })));
  });
  const out = [];
  for (const p of planted) {
    const [suspect] = await sql<{ id: string }[]>`SELECT id FROM "DuplicateSuspect" WHERE "leftId" = ${p.leftId} AND "rightId" = ${p.rightId}`;
    if (p.ageDays) await sql`UPDATE "DuplicateSuspect" SET "createdAt" = ${new Date(Date.now() - p.ageDays * 86_400_000)} WHERE id = ${suspect.id}`;
    out.push({ id: suspect.id, leftId: p.leftId, rightId: p.rightId });
  }
  return out;
}
