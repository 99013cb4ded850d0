import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { Webhook } from "standardwebhooks";

/** One webhook the receiver accepted: what the drill checks order and completeness with. */
export type Received = { webhookId: string; type: string; goldenRecordId: string; version: number };

/**
 * A subscriber endpoint the drill can take down and bring back. It verifies
 * every signature as a real subscriber must, answers 204, and keeps what it
 * accepted; a webhook-id seen twice is counted, because a subscriber should
 * never have to drop repeats of a delivery it acknowledged.
 */
export class Receiver {
  readonly accepted: Received[] = [];
  private readonly seen = new Set<string>();
  repeats = 0;
  badSignatures = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly verifier: Webhook;

  constructor(
    readonly port: number,
    secret: string,
  ) {
    this.verifier = new Webhook(secret);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        try {
          const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
          const event = this.verifier.verify(body, headers) as { type: string; data: { goldenRecordId: string; version: number } };
          const webhookId = headers["webhook-id"];
          if (this.seen.has(webhookId)) this.repeats++;
          else {
            this.seen.add(webhookId);
            this.accepted.push({ webhookId, type: event.type, goldenRecordId: event.data.goldenRecordId, version: event.data.version });
          }
          res.writeHead(204).end();
        } catch {
          this.badSignatures++;
          res.writeHead(400).end();
        }
      });
    });
    server.on("connection", (s: Socket) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.server = server;
  }

  /** Refuses connections from now on, as a subscriber whose host is down does. */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  has(webhookId: string): boolean {
    return this.seen.has(webhookId);
  }
}
