import { prisma } from "@/src/db";

/**
 * Whether the source may sync now. A pause the hub set with a resume time
 * (a request-limit window) ends by itself once that time has passed; the
 * conditional update keeps an admin's pause set meanwhile in place.
 */
export async function mayRun(sourceId: string, now = new Date()): Promise<boolean> {
  const source = await prisma.source.findUnique({ where: { id: sourceId }, select: { pausedAt: true, resumeAt: true } });
  if (!source?.pausedAt) return true;
  if (!source.resumeAt || source.resumeAt > now) return false;
  const ended = await prisma.source.updateMany({
    where: { id: sourceId, pausedAt: source.pausedAt, resumeAt: source.resumeAt },
    data: { pausedAt: null, pausedReason: null, resumeAt: null },
  });
  return ended.count === 1;
}

/** Pauses a source on the hub's behalf, with the reason the Sources page shows and, when known, when it resumes by itself. */
export async function pauseForHub(sourceId: string, reason: string, resumeAfterMs: number | null, now = new Date()): Promise<void> {
  await prisma.source.update({
    where: { id: sourceId },
    data: { pausedAt: now, pausedReason: reason.slice(0, 500), resumeAt: resumeAfterMs === null ? null : new Date(now.getTime() + resumeAfterMs) },
  });
}
