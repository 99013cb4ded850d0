import { prisma } from "@/src/db";

/**
 * Finds the source an import names, registering it on first use (kind CSV,
 * middling trust) so a one-off file needs no admin step first. An existing
 * source keeps its kind, name and priority.
 */
export async function ensureCsvSource(key: string): Promise<{ id: string; key: string }> {
  return prisma.source.upsert({
    where: { key },
    update: {},
    create: { key, name: key, kind: "CSV", priority: 50 },
    select: { id: true, key: true },
  });
}
