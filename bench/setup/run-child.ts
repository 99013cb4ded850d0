import { spawn } from "node:child_process";

/**
 * Runs a command with extra environment variables. With `quiet`, its output
 * is held back and shown only if it fails, so a clean run prints figures
 * only. Ctrl-C and SIGTERM are passed to the child and waited out, so the
 * caller still gets to clean up after an interrupted run.
 */
export function runChild(command: string, args: string[], opts: { env: Record<string, string>; quiet?: boolean }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      // The child needs PATH and the rest of this environment, plus the benchmark's own database and queue prefix.
      env: { ...process.env, ...opts.env },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      if (code !== 0 && output) process.stderr.write(output);
      resolve(code ?? (signal ? 130 : 0));
    });
  });
}
