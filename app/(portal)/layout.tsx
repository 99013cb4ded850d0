import type { ReactNode } from "react";
import { prisma } from "@/src/db";
import { PortalHeader } from "@/app/components/portal-header";
import { requirePrincipal } from "@/app/components/require-principal";
import { requireSession } from "@/app/components/require-session";

export const dynamic = "force-dynamic";

/** Everything under the portal needs a session; the header's suspect count is read live on each request. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const principal = await requirePrincipal();
  const openSuspects = await prisma.duplicateSuspect.count({ where: { status: "OPEN" } });
  return (
    <>
      <PortalHeader user={session.user} principal={principal} openSuspects={openSuspects} />
      <main className="page">{children}</main>
    </>
  );
}
