import type { Client } from "faye";
import { StreamingExtension } from "jsforce/lib/api/streaming.js";
import { AppError } from "@/src/errors";
import { changeFromEvent, type SalesforceChange } from "./change-events";
import type { SalesforceSession } from "./connect-salesforce";
import { defaultSalesforceMapping, salesforceEntities, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";
import { SalesforceAuthError, SalesforceRequestError, SalesforceRetryableError } from "./salesforce-errors";

/** The replay ids Salesforce gives a meaning: only events from now on, or every event it still retains (3 days). */
export const REPLAY_NEW_ONLY = -1;
export const REPLAY_ALL_RETAINED = -2;

/** The changes of the events that arrived together, and the replay id to store once they are committed. */
export type ChangeBatch = { channel: string; replayId: number; changes: SalesforceChange[] };

export type ChangeSubscription = { close(): Promise<void> };

export type SubscribeOptions = {
  session: SalesforceSession;
  /** `/data/ChangeEvents` (every selected object) or one object's, e.g. `/data/AccountChangeEvent` */
  channel?: string;
  /** the replay id stored after the last committed batch, or REPLAY_NEW_ONLY / REPLAY_ALL_RETAINED */
  replayId: number;
  mapping?: SalesforceMapping;
  /** commits the batch; the next batch waits for it, and a rejection stops the subscription */
  onBatch(batch: ChangeBatch): Promise<void>;
  /** the subscription stopped after it had started; resubscribe from the stored replay id */
  onError(err: Error): void;
};

/** The streaming client's disconnect is missing from jsforce's bundled faye types. */
type FayeClient = Client & { disconnect(): void };
type BayeuxMessage = { channel: string; subscription?: string; successful?: boolean; error?: string };

/** A session refused again right after a refresh will not be accepted by refreshing more. */
const MAX_AUTH_RESTARTS = 2;

function entitiesOf(channel: string): SalesforceEntity[] {
  if (channel === "/data/ChangeEvents") return [...salesforceEntities];
  const entity = salesforceEntities.find((e) => channel === `/data/${e}ChangeEvent`);
  if (!entity) throw new AppError("BAD_REQUEST", `'${channel}' is not a change event channel of Account or Contact.`);
  return [entity];
}

/** Salesforce refuses a replay id older than its retention with `400::The replayId {n} you provided was invalid...`. */
const isReplayRejected = (error: string | undefined) => /^400:.*replayId/i.test(error ?? "");

/**
 * Listens to Change Data Capture with jsforce's streaming client and its
 * Replay extension, from a stored replay id. It stores nothing: each batch
 * carries the replay id the caller persists after committing, so a restart
 * resumes exactly after the last committed change. A stored id Salesforce no
 * longer retains falls back to every retained event, preceded by a `resync`
 * of each entity (the events in between are lost). An expired session is
 * refreshed and the subscription resumed from the last delivered batch.
 * Resolves once Salesforce has acknowledged the subscription.
 */
export function subscribeToChangeEvents(opts: SubscribeOptions): Promise<ChangeSubscription> {
  const channel = opts.channel ?? "/data/ChangeEvents";
  const entities = entitiesOf(channel);
  const mapping = opts.mapping ?? defaultSalesforceMapping;
  let client: FayeClient | undefined;
  let closed = false;
  let started = false;
  let delivered = opts.replayId;
  let authRestarts = 0;
  let queue = Promise.resolve();
  let arrived: { replayId: number; change: SalesforceChange | null }[] = [];

  return new Promise<ChangeSubscription>((resolve, reject) => {
    const subscription: ChangeSubscription = {
      async close() {
        closed = true;
        client?.disconnect();
        await queue;
      },
    };

    const fail = (err: Error) => {
      if (closed) return;
      closed = true;
      client?.disconnect();
      if (started) opts.onError(err);
      else reject(err);
    };

    const deliver = (batch: ChangeBatch) => {
      queue = queue.then(async () => {
        if (closed) return;
        try {
          await opts.onBatch(batch);
          delivered = batch.replayId;
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      });
    };

    // Events of one long-poll response arrive one by one in the same turn; they form one batch.
    const flush = () => {
      const events = arrived;
      arrived = [];
      if (!events.length) return;
      const changes = events.flatMap((e) => (e.change ? [e.change] : []));
      deliver({ channel, replayId: events[events.length - 1].replayId, changes });
    };

    const onEvent = (data: unknown) => {
      if (closed) return;
      try {
        const change = changeFromEvent(data, mapping);
        if (!arrived.length) setImmediate(flush);
        arrived.push({ replayId: (data as { event: { replayId: number } }).event.replayId, change });
      } catch {
        fail(new SalesforceRetryableError(`A change event on ${channel} did not have the shape of a Salesforce change event.`, { status: null, retryAfterMs: null }));
      }
    };

    const restartAfter = (replayId: () => number, before?: () => Promise<void>) => {
      const previous = client;
      client = undefined;
      previous?.disconnect();
      queue = queue.then(async () => {
        if (closed) return;
        try {
          await before?.();
          start(replayId());
        } catch (err) {
          fail(err as Error);
        }
      });
    };

    const onAuthFailure = () => {
      authRestarts += 1;
      if (authRestarts > MAX_AUTH_RESTARTS) return fail(new SalesforceAuthError("The streaming API refused refreshed sessions; check the source's credentials."));
      restartAfter(() => delivered, () => opts.session.refreshSession());
    };

    const onReplayRejected = () => {
      deliver({ channel, replayId: REPLAY_ALL_RETAINED, changes: entities.map((entity) => ({ kind: "resync", entity, reason: "the stored replay id is older than Salesforce retains events", meta: null })) });
      restartAfter(() => REPLAY_ALL_RETAINED);
    };

    const start = (replayId: number) => {
      const own = opts.session.connection.streaming.createClient([
        new StreamingExtension.AuthFailure(() => own === client && onAuthFailure()),
        new StreamingExtension.Replay(channel, replayId),
        {
          incoming(message: BayeuxMessage, callback: (m: BayeuxMessage) => void) {
            if (own === client && message.channel === "/meta/subscribe" && message.subscription === channel) {
              if (message.successful) {
                authRestarts = 0;
                started = true;
                resolve(subscription);
              } else if (isReplayRejected(message.error)) {
                onReplayRejected();
              } else {
                fail(new SalesforceRequestError("SUBSCRIBE_FAILED", `Subscribing to ${channel} failed: ${message.error ?? "no reason given"}`));
              }
            }
            callback(message);
          },
        },
      ]) as FayeClient;
      client = own;
      own.subscribe(channel, onEvent);
    };

    opts.session.ensureSession().then(() => start(opts.replayId), fail);
  });
}
