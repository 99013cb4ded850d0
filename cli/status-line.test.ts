import { describe, expect, it } from "vitest";
import { serviceAddress } from "./connection-error";
import { StatusLine } from "./status-line";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { out: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("StatusLine", () => {
  it("redraws one terminal line in place, with the outage beside the progress and gone once it ends", () => {
    const { out, written } = stream(true);
    const line = new StatusLine(out);
    line.setProgress("queued 1000 rows in 1 batch");
    line.setWaiting("Redis");
    line.setWaiting("Redis");
    line.setProgress("queued 2000 rows in 2 batches");
    line.setWaiting(null);
    line.end();
    expect(written).toEqual([
      "\rqueued 1000 rows in 1 batch\x1b[K",
      `\rqueued 1000 rows in 1 batch (waiting for Redis at ${serviceAddress("Redis")}; start it if it stopped, the command goes on by itself)\x1b[K`,
      `\rqueued 2000 rows in 2 batches (waiting for Redis at ${serviceAddress("Redis")}; start it if it stopped, the command goes on by itself)\x1b[K`,
      "\rqueued 2000 rows in 2 batches\x1b[K",
      "\n",
    ]);
  });

  it("writes a log one line when an outage starts and one when it ends, and no progress", () => {
    const { out, written } = stream(false);
    const line = new StatusLine(out);
    line.setProgress("queued 1000 rows in 1 batch");
    line.setWaiting("PostgreSQL");
    line.setWaiting(null);
    line.end();
    expect(written).toEqual([
      `waiting for PostgreSQL at ${serviceAddress("PostgreSQL")}; start it if it stopped, the command goes on by itself\n`,
      `PostgreSQL at ${serviceAddress("PostgreSQL")} is back; going on\n`,
    ]);
  });
});
