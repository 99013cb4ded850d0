import { randomUUID } from "node:crypto";
import type { SuspectStatus } from "@/prisma/generated/client";
import type { Tx } from "@/src/db";

/** Suspect pairs are stored once, smaller id on the left. */
export function orderedPair(a: string, b: string): { leftId: string; rightId: string } {
  return a < b ? { leftId: a, rightId: b } : { leftId: b, rightId: a };
}

type SuspectRow = {
  id: string;
  leftId: string;
  rightId: string;
  score: number;
  explanation: unknown;
  status: SuspectStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
};

/**
 * After `fromId` is merged into `toId`, every suspect that named `fromId`
 * now concerns `toId`: open pairs move over (or close, when they pointed at
 * `toId` itself), and "not a duplicate" decisions move too so the pair never
 * comes back to a steward. Where `toId` already has a pair with the same
 * record, the open one keeps the stronger evidence and a decision wins.
 */
export async function repointSuspects(tx: Tx, opts: { fromId: string; toId: string; actor: string; at: Date }): Promise<void> {
  const { fromId, toId, actor, at } = opts;
  const suspects = await tx<SuspectRow[]>`
    SELECT id, "leftId", "rightId", score, explanation, status, "decidedBy", "decidedAt" FROM "DuplicateSuspect"
    WHERE ("leftId" = ${fromId} OR "rightId" = ${fromId}) AND status IN ('OPEN', 'NOT_DUPLICATE')
    ORDER BY id`;
  for (const s of suspects) {
    const other = s.leftId === fromId ? s.rightId : s.leftId;
    if (other === toId) {
      if (s.status === "OPEN") {
        await tx`UPDATE "DuplicateSuspect" SET status = 'MERGED', "decidedBy" = ${actor}, "decidedAt" = ${at} WHERE id = ${s.id}`;
      }
      continue;
    }
    const pair = orderedPair(toId, other);
    const [existing] = await tx<{ id: string; status: SuspectStatus; score: number }[]>`
      SELECT id, status, score FROM "DuplicateSuspect" WHERE "leftId" = ${pair.leftId} AND "rightId" = ${pair.rightId}`;
    await tx`DELETE FROM "DuplicateSuspect" WHERE id = ${s.id}`;
    const carried = { score: s.score, explanation: tx.json((s.explanation ?? {}) as Parameters<Tx["json"]>[0]), status: s.status, decidedBy: s.decidedBy, decidedAt: s.decidedAt };
    if (!existing) {
      await tx`INSERT INTO "DuplicateSuspect" ${tx({ id: randomUUID(), ...pair, ...carried, createdAt: at })}`;
    } else if (existing.status === "OPEN" && (s.status === "NOT_DUPLICATE" || s.score > existing.score)) {
      await tx`UPDATE "DuplicateSuspect" SET ${tx(carried)} WHERE id = ${existing.id}`;
    }
  }
}
