import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { queue } from "@/workers/contracts";
import { acceptBatch } from "./accept-batch";
import { BULK_MIN_RECORDS } from "./bulk/bulk-lane";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };
const queued: { queue: "ingest" | "ingest-bulk"; id: string }[] = [];

afterAll(async () => {
  await Promise.all(queued.map((j) => queue(j.queue).remove(j.id)));
});

describe("a stored batch is queued in its lane", () => {
  it("a pushed change on the real-time queue, a load of bulk size on the bulk queue, so no load fills the slots a change needs", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const records = (n: number) => Array.from({ length: n }, (_, i) => ({ externalId: `Q-${t}-${n}-${i}`, attributes: { firstName: "Lane", lastName: `Test${i}` } }));

    const change = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: records(1) } });
    const load = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: records(BULK_MIN_RECORDS) } });
    queued.push({ queue: "ingest", id: `ingest-${change.batchId}` }, { queue: "ingest-bulk", id: `ingest-${load.batchId}` });

    expect(await queue("ingest").getJobState(`ingest-${change.batchId}`)).toBe("waiting");
    expect(await queue("ingest-bulk").getJobState(`ingest-${change.batchId}`)).toBe("unknown");
    expect(await queue("ingest-bulk").getJobState(`ingest-${load.batchId}`)).toBe("waiting");
    expect(await queue("ingest").getJobState(`ingest-${load.batchId}`)).toBe("unknown");
  });
});
