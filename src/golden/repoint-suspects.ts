import type { Tx } from "@/src/db";

/** Suspect pairs are stored once, smaller id on the left. */
export function orderedPair(a: string, b: string): { leftId: string; rightId: string } {
  return a < b ? { leftId: a, rightId: b } : { leftId: b, rightId: a };
}

/**
 * After `fromId` is merged into `toId`, every suspect that named `fromId`
 * now concerns `toId`: open pairs move over (or close, when they pointed at
 * `toId` itself), and "not a duplicate" decisions move too so the pair never
 * comes back to a steward.
 */
export async function repointSuspects(tx: Tx, fromId: string, toId: string, actor: string): Promise<void> {
  const suspects = await tx.duplicateSuspect.findMany({
    where: { OR: [{ leftId: fromId }, { rightId: fromId }], status: { in: ["OPEN", "NOT_DUPLICATE"] } },
  });
  for (const s of suspects) {
    const other = s.leftId === fromId ? s.rightId : s.leftId;
    if (other === toId) {
      if (s.status === "OPEN") {
        await tx.duplicateSuspect.update({
          where: { id: s.id },
          data: { status: "MERGED", decidedBy: actor, decidedAt: new Date() },
        });
      }
      continue;
    }
    const pair = orderedPair(toId, other);
    const existing = await tx.duplicateSuspect.findUnique({ where: { leftId_rightId: pair } });
    await tx.duplicateSuspect.delete({ where: { id: s.id } });
    if (!existing) {
      await tx.duplicateSuspect.create({
        data: { ...pair, score: s.score, explanation: s.explanation ?? {}, status: s.status, decidedBy: s.decidedBy, decidedAt: s.decidedAt },
      });
    } else if (existing.status === "OPEN" && (s.status === "NOT_DUPLICATE" || s.score > existing.score)) {
      await tx.duplicateSuspect.update({
        where: { id: existing.id },
        data: { score: s.score, explanation: s.explanation ?? {}, status: s.status, decidedBy: s.decidedBy, decidedAt: s.decidedAt },
      });
    }
  }
}
