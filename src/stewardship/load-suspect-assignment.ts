import { prisma } from "@/src/db";

export type SuspectAssignmentView = { assignee: { id: string; name: string; email: string } | null; assignedAt: Date | null; deferredUntil: Date | null };

/** Who works a suspect and until when it is put off, for the compare page's header. */
export async function loadSuspectAssignment({ id }: { id: string }): Promise<SuspectAssignmentView> {
  const row = await prisma.duplicateSuspect.findUnique({
    where: { id },
    select: { assignedAt: true, deferredUntil: true, assignee: { select: { id: true, name: true, email: true } } },
  });
  return { assignee: row?.assignee ?? null, assignedAt: row?.assignedAt ?? null, deferredUntil: row?.deferredUntil ?? null };
}
