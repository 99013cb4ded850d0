import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import type { AllowlistEntryRow } from "./allow-webhook-host";

/** The hosts and ranges webhooks may reach though private, in pattern order, with who allowed each and why. */
export async function listAllowlist(opts: { principal: Principal }): Promise<AllowlistEntryRow[]> {
  authorize(opts.principal, "subscribers.manage");
  return prisma.webhookAllowlistEntry.findMany({
    orderBy: { pattern: "asc" },
    select: { id: true, pattern: true, note: true, createdBy: true, createdAt: true },
  });
}
