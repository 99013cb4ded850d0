import { systemPrincipal, type Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { editGoldenRecord } from "@/src/stewardship/edit-golden-record";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import type { Scenario } from "../context";

const PAIRS = 40;
const CHAINS = 10;
const EDITED = 20;

const steward = (name: string): Principal => ({ kind: "user", id: name, label: `user:${name}@drill.example`, role: "STEWARD", sourceId: null });
const anna = steward("anna");
const ben = steward("ben");

/** Golden records with open suspects between them, `links` records per chain (a pair is a chain of two). */
async function chains(n: number, links: number, tag: string): Promise<string[][]> {
  const ids = Array.from({ length: n }, (_, c) => Array.from({ length: links }, (_, i) => `race-${tag}-${c}-${i}`));
  await writeGoldenRecords(systemPrincipal("drill"), async (w) => {
    await w.create(ids.flat().map((id) => ({ id, reason: "drill", contributors: [] })));
    await w.addSuspects(ids.flatMap((chain) => chain.slice(1).map((id, i) => ({ ...orderedPair(chain[i], id), score: 0.75, explanation: { fields: [] } }))));
  });
  return ids;
}

async function suspectId(a: string, b: string): Promise<string> {
  return (await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: orderedPair(a, b) } })).id;
}

/**
 * Two stewards correct the same record from the same version at once: one
 * edit lands, the other is told the record changed, and the value stored is
 * the winner's (no update lost or half-applied). Returns the records that broke that.
 */
async function editRaces(): Promise<number> {
  const ids = (await chains(EDITED, 1, "edit")).flat();
  let wrong = 0;
  await Promise.all(
    ids.map(async (id) => {
      const edits = [
        editGoldenRecord({ goldenRecordId: id, principal: anna, expectedVersion: 1, set: { city: "Annaberg" }, reason: "drill" }),
        editGoldenRecord({ goldenRecordId: id, principal: ben, expectedVersion: 1, set: { city: "Benediktbeuern" }, reason: "drill" }),
      ];
      const results = await Promise.allSettled(edits);
      const winner = results.findIndex((r) => r.status === "fulfilled");
      const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id } });
      const city = (golden.attributes as Record<string, string>).city;
      const ok = results.filter((r) => r.status === "fulfilled").length === 1 && results.some(isConflict) && golden.version === 2 && city === ["Annaberg", "Benediktbeuern"][winner];
      if (!ok) wrong++;
    }),
  );
  return wrong;
}

/** Only "someone else decided first" is an acceptable refusal; anything else (a deadlock, a 500) is a defect. */
const isConflict = (r: PromiseSettledResult<unknown>) => r.status === "rejected" && r.reason instanceof AppError && r.reason.code === "CONFLICT";

/**
 * Scenario 5: two stewards decide the same suspect at the same moment (merge
 * against not-a-duplicate, merge against merge), and two merges share a
 * record. Exactly one decision wins, the other is told it came second, and
 * the audit log and versions hold exactly what happened.
 */
export const stewardRace: Scenario = {
  name: "steward-race",
  run: async () => {
    const pairs = await chains(PAIRS, 2, "pair");
    const triples = await chains(CHAINS, 3, "chain");
    let wrong = 0;
    let conflicts = 0;
    const races = await Promise.all(
      pairs.map(async ([a, b], i) => {
        const id = await suspectId(a, b);
        const second = i % 2 ? () => mergeSuspect({ suspectId: id, principal: ben }) : () => markNotDuplicate({ suspectId: id, principal: ben });
        return { id, results: await Promise.allSettled([mergeSuspect({ suspectId: id, principal: anna }), second()]) };
      }),
    );
    for (const { id, results } of races) {
      const won = results.filter((r) => r.status === "fulfilled").length;
      conflicts += results.filter(isConflict).length;
      const audits = await prisma.auditEvent.count({ where: { targetId: id } });
      if (won !== 1 || !results.every((r) => r.status === "fulfilled" || isConflict(r)) || audits !== 1) wrong++;
    }
    const chainResults = await Promise.all(
      triples.map(async ([x, y, z]) => Promise.allSettled([mergeSuspect({ suspectId: await suspectId(x, y), principal: anna }), mergeSuspect({ suspectId: await suspectId(y, z), principal: ben })])),
    );
    // The second merge of a chain may find its suspect moved to the survivor: told so, it is no error.
    const moved = (r: PromiseSettledResult<unknown>) => r.status === "rejected" && r.reason instanceof AppError && r.reason.code === "NOT_FOUND" && /moved/.test(r.reason.message);
    const chainErrors = chainResults.flat().filter((r) => r.status === "rejected" && !isConflict(r) && !moved(r));
    // The first merge of each chain has nobody before it: it must go through.
    const chainsWithoutWinner = chainResults.filter((pair) => !pair.some((r) => r.status === "fulfilled")).length;
    const [{ merged }] = await prisma.$queryRaw<{ merged: number }[]>`
      SELECT count(*)::int AS merged FROM "GoldenRecord" WHERE id LIKE 'race-%' AND status = 'MERGED'`;
    const mergeEvents = await prisma.changeEvent.count({ where: { goldenRecordId: { startsWith: "race-" }, type: "golden.merged" } });
    const consistent = merged === mergeEvents;
    const badEdits = await editRaces();
    return {
      pass: wrong === 0 && chainErrors.length === 0 && chainsWithoutWinner === 0 && consistent && badEdits === 0,
      figures: [
        `${PAIRS} suspects decided by two stewards at once: ${wrong} with other than one winner and one conflict, ${conflicts} conflicts told`,
        `${CHAINS} merge pairs sharing a record: ${chainsWithoutWinner} without a winner, ${chainErrors.length} errors other than a conflict or a moved suspect${chainErrors[0] ? ` (${(chainErrors[0] as PromiseRejectedResult).reason})` : ""}`,
        `${merged} records merged, ${mergeEvents} golden.merged events`,
        `${EDITED} records corrected by two stewards from the same version at once: ${badEdits} without exactly one winner, a conflict told and the winner's value stored`,
      ].join("; "),
    };
  },
};
