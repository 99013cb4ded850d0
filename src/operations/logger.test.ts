import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { jobLogger } from "@/workers/run-job";
import { createLogger } from "./logger";

/** A destination that keeps each JSON line the logger writes. */
function collect() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe("the logger", () => {
  it("is silent under tests unless LOG_LEVEL says otherwise", () => {
    expect(createLogger().level).toBe(process.env.LOG_LEVEL ?? "silent");
  });

  it("puts the job's id, name and queue on every line of a job's logger, as JSON", () => {
    const { lines, stream } = collect();
    const parent = createLogger(stream);
    parent.level = "debug";
    const log = jobLogger({ id: "ingest-b1", name: "ingest.batch", queueName: "ingest" }, parent);
    log.info({ result: { status: "DONE" } }, "done");
    log.warn({ err: new Error("boom") }, "gave up: boom");
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, jobId: "ingest-b1", job: "ingest.batch", queue: "ingest", msg: "done", result: { status: "DONE" } }),
      expect.objectContaining({ level: 40, jobId: "ingest-b1", job: "ingest.batch", queue: "ingest", err: expect.objectContaining({ message: "boom" }) }),
    ]);
    expect(lines[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
