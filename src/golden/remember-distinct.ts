import { randomUUID } from "node:crypto";
import type { Tx } from "@/src/db";
import { orderedPair } from "./repoint-suspects";

/**
 * Records that two golden records are different customers, as a decided
 * NOT_DUPLICATE pair, so matching never proposes them again: a steward who
 * just split them apart should not find them back in the queue tomorrow.
 */
export async function rememberDistinct(tx: Tx, opts: { aId: string; bId: string; actor: string; at: Date; why: string }): Promise<void> {
  const pair = orderedPair(opts.aId, opts.bId);
  await tx`
    INSERT INTO "DuplicateSuspect" ${tx({
      id: randomUUID(),
      ...pair,
      score: 0,
      explanation: tx.json({ decidedWithoutScoring: opts.why }),
      status: "NOT_DUPLICATE",
      decidedBy: opts.actor,
      decidedAt: opts.at,
      createdAt: opts.at,
    })}
    ON CONFLICT ("leftId", "rightId") DO UPDATE SET status = 'NOT_DUPLICATE', "decidedBy" = EXCLUDED."decidedBy", "decidedAt" = EXCLUDED."decidedAt"`;
}
