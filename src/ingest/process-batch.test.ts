import { describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "./accept-batch";
import { processBatch } from "./process-batch";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

describe("processBatch", () => {
  it("counts every record once when the same batch is run twice at the same time", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const records = Array.from({ length: 300 }, (_, i) => ({
      externalId: `P-${i}`,
      attributes: { firstName: `Given${i}`, lastName: `Family${t}${i}x`, email: `p${i}.${t}@example.org` },
    }));
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });
    const runs = await Promise.all([processBatch({ batchId }), processBatch({ batchId })]);
    expect(runs.map((r) => r.status)).toContain("DONE");
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "DONE", total: 300, processed: 300 });
    expect(batch.created + batch.linked + batch.suspects + batch.unchanged + batch.updated).toBe(300);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(300);
  });
});
