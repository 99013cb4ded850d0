import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";

/** A loopback port nobody listens on right now, for a server a test starts itself. */
export async function sparePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => socket.write("PING\r\n"));
    socket.setTimeout(500, () => socket.destroy());
    socket.once("data", (data) => (socket.destroy(), resolve(data.toString().startsWith("+PONG"))));
    socket.once("error", () => resolve(false));
    socket.once("close", () => resolve(false));
  });
}

export type PrivateRedis = { url: string; start: () => Promise<void>; stop: () => Promise<void> };

/**
 * A redis-server of the test's own on a spare port, without persistence, so a
 * test can kill it and bring it back empty, as a crashed Redis without a save
 * comes back, without touching the Redis other tests share.
 */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await sparePort();
  let server: ChildProcess | null = null;
  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmpdir()];
    server = spawn("redis-server", args, { stdio: "ignore" });
    const until = Date.now() + 5_000;
    while (!(await answersPing(port))) {
      if (Date.now() > until) throw new Error(`redis-server on port ${port} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    running.kill("SIGKILL");
    await once(running, "exit");
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
