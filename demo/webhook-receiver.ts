import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type ReceivedEvent = { id: string; type: string; timestamp: string; data: Record<string, unknown> };

export type Receiver = {
  url: string;
  events: ReceivedEvent[];
  /** requests whose signature did not verify, with the reason */
  refused: string[];
  /** resolves with the first event (already received or future) that satisfies `match` */
  waitFor(match: (e: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): Promise<void>;
};

/**
 * A subscriber endpoint as a subscriber would write one: it verifies the
 * Standard Webhooks signature with the shared secret before trusting a body,
 * answers 401 when it does not verify, and drops repeats by webhook-id.
 */
export async function startReceiver(opts: { secret: string; port?: number; onEvent?: (e: ReceivedEvent) => void }): Promise<Receiver> {
  const webhook = new Webhook(opts.secret);
  const events: ReceivedEvent[] = [];
  const refused: string[] = [];
  const waiters: { match: (e: ReceivedEvent) => boolean; resolve: (e: ReceivedEvent) => void }[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let payload: { type: string; timestamp: string; data: Record<string, unknown> };
      try {
        payload = webhook.verify(body, headers) as typeof payload;
      } catch (err) {
        refused.push((err as Error).message);
        res.writeHead(401).end("signature did not verify");
        return;
      }
      const id = headers["webhook-id"];
      if (!events.some((e) => e.id === id)) {
        const event = { id, ...payload };
        events.push(event);
        opts.onEvent?.(event);
        for (const w of [...waiters]) {
          if (w.match(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    events,
    refused,
    waitFor(match, timeoutMs = 20_000) {
      const found = events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching webhook within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
