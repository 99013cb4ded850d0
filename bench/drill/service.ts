import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * One process of the hub (a worker, the web server) that the drill can kill
 * hard and start again. Its output goes to a log file, so a failing scenario
 * can be read afterwards without drowning the drill's own lines.
 */
export class Service {
  private child: ChildProcess | null = null;
  private readonly log: WriteStream;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: Record<string, string>,
    /** answers once the process is ready */
    private readonly readyUrl: string,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: "a" });
  }

  async start(timeoutMs = 120_000): Promise<void> {
    this.log.write(`\n--- start ${new Date().toISOString()}\n`);
    const child = spawn(this.command, this.args, { env: { ...process.env, ...this.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode} while starting; see its log`);
      const answered = await fetch(this.readyUrl, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
      if (answered) return;
      await sleep(250);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s`);
  }

  /** SIGKILL to the whole process group (tsx and next start children of their own): no shutdown hook runs. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGKILL");
    await exited;
    this.log.write(`--- killed ${new Date().toISOString()}\n`);
  }

  /** A graceful stop, as at the end of the drill. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, sleep(15_000).then(() => process.kill(-child.pid!, "SIGKILL"))]);
  }
}
