import { prisma, sql } from "@/src/db";
import type { Scenario } from "../context";
import { pushRecords, type PushRecord } from "../push-records";
import { settle } from "../settle";

const REPEATS = 100;

/** Fisher–Yates with a fixed seed, so a failing order can be replayed. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Scenario 4: a source sends the same change 100 times (a sync retrying),
 * and 100 changes of one customer in scrambled order (a queue without order),
 * each in a batch of its own, several at once. The repeated change must make
 * one version; the scrambled ones must end on the newest source timestamp.
 */
export const replayedEvent: Scenario = {
  name: "replayed-event",
  run: async (ctx) => {
    const source = await prisma.source.create({ data: { key: "replay-crm", name: "replay crm (drill)", kind: "CRM", priority: 70 } });
    const base = Date.parse("2026-01-01T00:00:00Z");
    const person = { firstName: "Margarethe", lastName: "Oyelaran-Whitfield", email: "m.oyelaran@example.org", country: "DE" };
    const same: PushRecord = { sourceKey: source.key, externalId: "same-1", updatedAt: new Date(base).toISOString(), attributes: { ...person, city: "Köln" } };
    const versions: PushRecord[] = Array.from({ length: REPEATS }, (_, i) => ({
      sourceKey: source.key,
      externalId: "scrambled-1",
      updatedAt: new Date(base + i * 60_000).toISOString(),
      attributes: { firstName: "Henrike", lastName: "Abara-Lindqvist", email: "henrike.al@example.net", country: "SE", city: `Bezirk ${i + 1}` },
    }));
    await pushRecords(ctx, shuffled([...Array.from({ length: REPEATS }, () => same), ...versions]), { batchSize: 1, parallel: 10 });
    const settled = await settle(10 * 60_000);
    const rows = await sql<{ externalId: string; n: number; city: string; updatedAt: Date; goldenVersion: number; goldenCity: string; events: number }[]>`
      SELECT s."externalId", count(*) OVER (PARTITION BY s."externalId")::int AS n, s.raw->>'city' AS city,
        s."sourceUpdatedAt" AT TIME ZONE 'UTC' AS "updatedAt", g.version AS "goldenVersion", g.attributes->>'city' AS "goldenCity",
        (SELECT count(*)::int FROM "ChangeEvent" e WHERE e."goldenRecordId" = g.id) AS events
      FROM "SourceRecord" s JOIN "GoldenRecord" g ON g.id = s."goldenRecordId" WHERE s."sourceId" = ${source.id} ORDER BY s."externalId"`;
    const repeated = rows.find((r) => r.externalId === "same-1");
    const scrambled = rows.find((r) => r.externalId === "scrambled-1");
    const newest = versions[versions.length - 1];
    const oneVersion = repeated?.n === 1 && repeated.goldenVersion === 1 && repeated.events === 1;
    const newestWins = scrambled?.n === 1 && scrambled.city === newest.attributes.city && scrambled.goldenCity === newest.attributes.city && scrambled.updatedAt.toISOString() === newest.updatedAt;
    return {
      pass: settled.settled && oneVersion && newestWins,
      figures: [
        `same change ×${REPEATS}: ${repeated ? `${repeated.n} record, golden v${repeated.goldenVersion}, ${repeated.events} event(s)` : "not stored"}`,
        `${REPEATS} changes scrambled: ${scrambled ? `ends on ${scrambled.city} of ${scrambled.updatedAt.toISOString()} (newest: ${newest.attributes.city} of ${newest.updatedAt}), golden says ${scrambled.goldenCity}` : "not stored"}`,
        settled.settled ? "" : `NOT settled (${JSON.stringify(settled.owed)})`,
      ]
        .filter(Boolean)
        .join("; "),
      rows: REPEATS * 2,
    };
  },
};
