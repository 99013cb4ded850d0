import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DemoOrg } from "./demo-org";
import type { DemoSessions } from "./demo-sessions";
import { readBody, sendJson } from "./http-replies";
import type { DemoEntity } from "./sobject-fields";

type Message = { channel?: string; id?: string; clientId?: string; subscription?: string; ext?: { replay?: Record<string, unknown> } };
type Reply = Record<string, unknown>;
type Subscription = { entities: ReadonlySet<DemoEntity>; position: number };
type HeldConnect = { res: ServerResponse; replies: Reply[]; timer: NodeJS.Timeout };
type StreamingClient = { subscriptions: Map<string, Subscription>; held?: HeldConnect };

/** Events sent per long-poll response; more wait for the next connect. */
const EVENTS_PER_RESPONSE = 200;

const channels: Record<string, ReadonlySet<DemoEntity>> = {
  "/data/ChangeEvents": new Set(["Account", "Contact"]),
  "/data/AccountChangeEvent": new Set(["Account"]),
  "/data/ContactChangeEvent": new Set(["Contact"]),
};

const reply = (m: Message, fields: Reply): Reply => ({ channel: m.channel, id: m.id, ...(m.clientId ? { clientId: m.clientId } : {}), ...fields });

/**
 * The Streaming API's CometD endpoint: Bayeux handshake, long-polling
 * connect, subscribe with the replay extension, unsubscribe, disconnect.
 * Events carry `data.event.replayId` and `data.payload.ChangeEventHeader` as
 * Salesforce sends them, close enough that jsforce's client runs unchanged.
 */
export class CometdEndpoint {
  private readonly clients = new Map<string, StreamingClient>();
  private readonly stopListening: () => void;
  private wakeScheduled = false;

  constructor(
    private readonly org: DemoOrg,
    private readonly sessions: DemoSessions,
    private readonly longPollMs: number,
  ) {
    // Changes made in one turn go out in one response, as one transaction's events do.
    this.stopListening = org.onEvent(() => {
      if (this.wakeScheduled) return;
      this.wakeScheduled = true;
      setImmediate(() => {
        this.wakeScheduled = false;
        for (const client of this.clients.values()) this.answerHeld(client);
      });
    });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let messages: Message[];
    try {
      const parsed: unknown = JSON.parse(await readBody(req));
      messages = (Array.isArray(parsed) ? parsed : [parsed]) as Message[];
    } catch {
      return sendJson(res, 400, [{ successful: false, error: "400::Bad request" }]);
    }
    if (!this.sessions.accepts(req.headers.authorization)) {
      return sendJson(res, 200, messages.map((m) => reply(m, { successful: false, error: "401::Authentication invalid", advice: { reconnect: "none" } })));
    }
    const replies: Reply[] = [];
    let connect: { client: StreamingClient; message: Message } | undefined;
    for (const m of messages) {
      const client = m.clientId ? this.clients.get(m.clientId) : undefined;
      if (m.channel === "/meta/handshake") replies.push(this.handshake(m));
      else if (!client) replies.push(reply(m, { successful: false, error: "401::Invalid client id", advice: { reconnect: "handshake", interval: 0 } }));
      else if (m.channel === "/meta/connect") connect = { client, message: m };
      else if (m.channel === "/meta/subscribe") replies.push(this.subscribe(client, m));
      else if (m.channel === "/meta/unsubscribe") replies.push(this.unsubscribe(client, m));
      else if (m.channel === "/meta/disconnect") replies.push(this.disconnect(m));
      else replies.push(reply(m, { successful: false, error: "403::Publishing is not allowed on this channel" }));
    }
    if (!connect) return sendJson(res, 200, replies);
    const { client, message } = connect;
    this.answerHeld(client);
    replies.push(reply(message, { successful: true, advice: { reconnect: "retry", interval: 0, timeout: this.longPollMs } }));
    const events = this.takeEvents(client);
    if (events.length) return sendJson(res, 200, [...events, ...replies]);
    client.held = { res, replies, timer: setTimeout(() => this.answerHeld(client), this.longPollMs) };
  }

  /** Forgets every client, as a Salesforce server restart does: clients must handshake again and replay what they missed. */
  dropClients(): void {
    for (const client of this.clients.values()) {
      if (!client.held) continue;
      clearTimeout(client.held.timer);
      const failed = client.held.replies.map((r) => ({ ...r, successful: false, error: "401::Invalid client id", advice: { reconnect: "handshake", interval: 0 } }));
      sendJson(client.held.res, 200, failed);
      client.held = undefined;
    }
    this.clients.clear();
  }

  close(): void {
    this.stopListening();
    for (const client of this.clients.values()) this.answerHeld(client);
    this.clients.clear();
  }

  private handshake(m: Message): Reply {
    const clientId = randomBytes(12).toString("hex");
    this.clients.set(clientId, { subscriptions: new Map() });
    return reply(m, {
      successful: true,
      clientId,
      version: "1.0",
      minimumVersion: "1.0",
      supportedConnectionTypes: ["long-polling"],
      ext: { replay: true, "payload.format": true },
      advice: { reconnect: "retry", interval: 0, timeout: this.longPollMs },
    });
  }

  private subscribe(client: StreamingClient, m: Message): Reply {
    const channel = m.subscription ?? "";
    const entities = channels[channel];
    if (!entities) return reply(m, { subscription: channel, successful: false, error: `400::The channel you requested to subscribe to does not exist {${channel}}` });
    const asked = Number(m.ext?.replay?.[channel] ?? -1);
    const position = Number.isInteger(asked) ? this.org.startFor(asked) : null;
    if (position === null) {
      return reply(m, {
        subscription: channel,
        successful: false,
        error: `400::The replayId {${String(m.ext?.replay?.[channel])}} you provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.`,
      });
    }
    client.subscriptions.set(channel, { entities, position });
    setImmediate(() => this.answerHeld(client));
    return reply(m, { subscription: channel, successful: true });
  }

  private unsubscribe(client: StreamingClient, m: Message): Reply {
    client.subscriptions.delete(m.subscription ?? "");
    return reply(m, { subscription: m.subscription, successful: true });
  }

  private disconnect(m: Message): Reply {
    const client = this.clients.get(m.clientId ?? "");
    if (client) this.answerHeld(client);
    this.clients.delete(m.clientId ?? "");
    return reply(m, { successful: true });
  }

  private takeEvents(client: StreamingClient): Reply[] {
    const out: Reply[] = [];
    for (const [channel, sub] of client.subscriptions) {
      const { events, next } = this.org.eventsFrom(sub.position, sub.entities, EVENTS_PER_RESPONSE - out.length);
      sub.position = next;
      for (const e of events) out.push({ channel, data: { schema: `DmSchema${e.entity}`, payload: e.payload, event: { replayId: e.replayId } } });
    }
    return out;
  }

  private answerHeld(client: StreamingClient): void {
    const held = client.held;
    if (!held) return;
    client.held = undefined;
    clearTimeout(held.timer);
    sendJson(held.res, 200, [...this.takeEvents(client), ...held.replies]);
  }
}
