import { prisma } from "@/src/db";

/** Marks a batch that ran out of attempts as FAILED with the reason, so `import --wait`, the API and the portal stop waiting for it. */
export async function failBatch(opts: { batchId: string; error: string }): Promise<void> {
  await prisma.ingestBatch.updateMany({
    where: { id: opts.batchId, status: { in: ["PENDING", "PROCESSING"] } },
    data: { status: "FAILED", error: opts.error.slice(0, 1000), finishedAt: new Date() },
  });
}
