import { randomUUID } from "node:crypto";
import { sql } from "../db";
import { displayNameOf, type CustomerAttributes } from "../golden/attributes";
import { changeEventPayload } from "../golden/record-golden-change";
import { survive } from "../golden/survivorship";
import type { BlockingKeys } from "../matching/blocking-keys";
import type { ScoredGolden } from "../matching/decide-match";
import { suspectRow } from "./suspect-row";

export type NewSourceRecord = BlockingKeys & {
  id: string;
  sourceId: string;
  externalId: string;
  raw: CustomerAttributes;
  standardized: CustomerAttributes;
  sourceUpdatedAt: Date;
  contentHash: string;
};

/**
 * A new customer: golden record, its first source record, version 1, the
 * golden.created event and any suspects, in one transaction. Most records of
 * a load take this path, so it is written as four statements over postgres.js
 * rather than a dozen ORM round trips (measured: about five times faster).
 */
export async function createGoldenForRecord(opts: {
  source: { id: string; key: string; priority: number };
  record: NewSourceRecord;
  suspects: ScoredGolden[];
  actor: string;
}): Promise<string> {
  const { source, record } = opts;
  const { attributes, lineage } = survive([
    {
      sourceRecordId: record.id,
      source: source.key,
      externalId: record.externalId,
      priority: source.priority,
      sourceUpdatedAt: record.sourceUpdatedAt,
      attributes: record.standardized,
    },
  ]);
  const golden = { id: randomUUID(), version: 1, status: "ACTIVE" as const, displayName: displayNameOf(attributes), attributes };
  const reason = `new customer from ${source.key}/${record.externalId}`;
  const json = (v: unknown) => sql.json(v as Parameters<typeof sql.json>[0]);
  await sql.begin(async (tx) => {
    await tx`INSERT INTO "GoldenRecord" (id, "displayName", attributes, lineage, version, status, "updatedAt")
      VALUES (${golden.id}, ${golden.displayName}, ${json(attributes)}, ${json(lineage)}, 1, 'ACTIVE', now())`;
    await tx`INSERT INTO "SourceRecord" ${tx({
      ...record,
      raw: json(record.raw),
      standardized: json(record.standardized),
      goldenRecordId: golden.id,
      updatedAt: new Date(),
    } as never)}`;
    await tx`INSERT INTO "GoldenRecordVersion" (id, "goldenRecordId", version, attributes, lineage, status, reason, actor)
      VALUES (${randomUUID()}, ${golden.id}, 1, ${json(attributes)}, ${json(lineage)}, 'ACTIVE', ${reason}, ${opts.actor})`;
    await tx`INSERT INTO "ChangeEvent" (id, type, "goldenRecordId", payload)
      VALUES (${randomUUID()}, 'golden.created', ${golden.id}, ${json(changeEventPayload(golden, reason))})`;
    for (const s of opts.suspects) {
      const row = suspectRow(golden.id, s);
      await tx`INSERT INTO "DuplicateSuspect" (id, "leftId", "rightId", score, explanation)
        VALUES (${randomUUID()}, ${row.leftId}, ${row.rightId}, ${row.score}, ${json(row.explanation)})
        ON CONFLICT ("leftId", "rightId") DO NOTHING`;
    }
  });
  return golden.id;
}
