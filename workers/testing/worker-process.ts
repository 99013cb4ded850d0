import { spawn } from "node:child_process";
import { once } from "node:events";

/** `kill` is SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes. */
export type WorkerProcess = { output: () => string; stop: () => Promise<void>; kill: () => Promise<void> };

/**
 * Runs `workers/main.ts` as its own process, as production does, with the
 * given settings over the test's environment; resolves once it says it is ready.
 * `output()` is its JSON log lines (and anything else it printed).
 */
export async function startWorkerProcess(env: Record<string, string>, timeoutMs = 20_000): Promise<WorkerProcess> {
  // Node itself with tsx's loader, not the tsx command: that runs the worker in a child of its own, which a
  // SIGKILL of the command leaves running.
  // Logs at info even under NODE_ENV=test (where the logger is silent by default): readiness and tests read its lines.
  const childEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info", ...env };
  const child = spawn(process.execPath, ["--import", "tsx", "workers/main.ts"], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  };
  const until = Date.now() + timeoutMs;
  while (!output.includes("worker ready")) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error(`worker did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGKILL");
    await exited;
  };
  return { output: () => output, stop, kill };
}
