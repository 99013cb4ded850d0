import { prisma } from "@/src/db";
import { forgetAllowlist } from "@/src/distribution/url-guard/allowlist";

/**
 * Admits one local endpoint (its host and port, nothing wider) to webhooks, as
 * an admin allowlists a receiver on a private network; returns the undo.
 */
export async function allowEndpoint(url: string, note = "test endpoint"): Promise<() => Promise<void>> {
  const pattern = new URL(url).host;
  const entry = await prisma.webhookAllowlistEntry.upsert({ where: { pattern }, update: {}, create: { pattern, note, createdBy: "test" } });
  forgetAllowlist();
  return async () => {
    await prisma.webhookAllowlistEntry.deleteMany({ where: { id: entry.id } });
    forgetAllowlist();
  };
}
