import { prisma } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";

export type StoredRecord = { id: string; source: string; externalId: string; goldenRecordId: string; standardized: CustomerAttributes };

export type Outcome = {
  records: StoredRecord[];
  openSuspects: { leftId: string; rightId: string }[];
  goldenRecords: number;
  batches: { created: number; linked: number; suspect: number; updated: number; unchanged: number; rejected: number };
};

/** Reads back what matching decided: where each record landed, the open suspects, and the batches' own tallies. */
export async function loadOutcome(): Promise<Outcome> {
  const [rows, openSuspects, goldenRecords, sums] = await Promise.all([
    prisma.sourceRecord.findMany({
      select: { id: true, externalId: true, goldenRecordId: true, standardized: true, source: { select: { key: true } } },
    }),
    prisma.duplicateSuspect.findMany({ where: { status: "OPEN" }, select: { leftId: true, rightId: true } }),
    prisma.goldenRecord.count({ where: { status: "ACTIVE" } }),
    prisma.ingestBatch.aggregate({
      _sum: { created: true, linked: true, suspects: true, updated: true, unchanged: true, rejected: true },
    }),
  ]);
  const s = sums._sum;
  return {
    records: rows.map((r) => ({
      id: r.id,
      source: r.source.key,
      externalId: r.externalId,
      goldenRecordId: r.goldenRecordId,
      standardized: r.standardized as CustomerAttributes,
    })),
    openSuspects,
    goldenRecords,
    batches: {
      created: s.created ?? 0,
      linked: s.linked ?? 0,
      suspect: s.suspects ?? 0,
      updated: s.updated ?? 0,
      unchanged: s.unchanged ?? 0,
      rejected: s.rejected ?? 0,
    },
  };
}
