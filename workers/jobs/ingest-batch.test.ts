import type { Job } from "bullmq";
import { describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { sourceWithToken } from "@/src/testing/fixtures";
import { ingestBatch } from "./ingest-batch";

const attempt = (made: number, of: number) => ({ attemptsMade: made, opts: { attempts: of } }) as unknown as Job;

describe("ingest.batch handler", () => {
  it("marks a batch FAILED with its reason only when the last attempt fails", async () => {
    const { source } = await sourceWithToken();
    // A record that fails its checks is quarantined without failing the batch; a batch whose stored records are corrupt cannot be processed at all.
    const batch = await prisma.ingestBatch.create({
      data: { sourceId: source.id, records: { shoeSize: "42" }, total: 1 },
    });
    await expect(ingestBatch({ batchId: batch.id }, attempt(0, 3))).rejects.toThrow();
    expect((await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("PROCESSING");
    await expect(ingestBatch({ batchId: batch.id }, attempt(2, 3))).rejects.toThrow();
    const failed = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(failed).toMatchObject({ status: "FAILED", error: expect.stringContaining("holds no list of records") });
  });
});
