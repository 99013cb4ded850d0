import type { ChangeRequestStatus } from "@/prisma/generated/client";
import { prisma } from "@/src/db";

export type ChangeRequestRow = {
  id: string;
  action: string;
  summary: string;
  targetType: string;
  targetId: string;
  status: ChangeRequestStatus;
  requestedBy: string;
  requestedById: string;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
};

/** Change requests of one status (pending by default), oldest pending first so none waits forever; decided ones newest first. */
export async function listChangeRequests(opts: { status?: ChangeRequestStatus; take?: number; targetId?: string } = {}): Promise<ChangeRequestRow[]> {
  const status = opts.status ?? "PENDING";
  return prisma.changeRequest.findMany({
    where: { status, ...(opts.targetId ? { targetId: opts.targetId } : {}) },
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    take: Math.min(opts.take ?? 100, 500),
    omit: { payload: true },
  });
}
