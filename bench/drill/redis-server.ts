import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * A Redis of the drill's own, without persistence, as the README's own
 * command starts one: a restart loses every queued job, which is the fault
 * the drill needs to provoke.
 */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    if (ping(port)) return child;
    await sleep(50);
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

function ping(port: number): boolean {
  return spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG";
}

/** Shuts Redis down without saving, so it comes back empty; a no-op when it is not running. */
export async function stopRedis(port: number): Promise<void> {
  spawnSync("redis-cli", ["-p", String(port), "shutdown", "nosave"], { stdio: "ignore" });
  for (let i = 0; i < 100 && ping(port); i++) await sleep(50);
}
