import { prisma } from "@/src/db";
import type { ChangeSubscription } from "@/src/sources/salesforce/change-events-subscriber";
import { listenToChanges } from "@/src/sources/sync/listen-to-changes";

const CHECK_EVERY_MS = 5_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 5 * 60_000;

type Listener = { subscription: ChangeSubscription | null; failures: number; retryAt: number; starting: boolean };

/**
 * Keeps one change-event subscription per Salesforce source that is not
 * paused: started when the worker starts or a source is registered, closed
 * when the source is paused, restarted after an error with a backoff that
 * doubles up to five minutes (a refused session or a dropped connection
 * must not become a tight loop). Returns a function that closes them all.
 */
export function keepChangeListeners(log: (line: string) => void): () => Promise<void> {
  const listeners = new Map<string, Listener>();
  let stopped = false;

  const start = (sourceId: string, listener: Listener) => {
    listener.starting = true;
    const failed = (err: Error) => {
      listener.subscription = null;
      listener.failures += 1;
      listener.retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (listener.failures - 1));
      log(`change events of source ${sourceId} stopped (${err.message}); resubscribing in ${Math.round((listener.retryAt - Date.now()) / 1000)} s`);
    };
    listenToChanges({ sourceId, onError: failed }).then(
      (subscription) => {
        listener.starting = false;
        if (stopped || !listeners.has(sourceId)) return void subscription.close();
        listener.subscription = subscription;
        listener.failures = 0;
      },
      (err: Error) => {
        listener.starting = false;
        failed(err);
      },
    );
  };

  const check = async () => {
    const sources = await prisma.source.findMany({ where: { connector: "SALESFORCE", pausedAt: null, credentials: { not: null } }, select: { id: true } });
    const wanted = new Set(sources.map((s) => s.id));
    for (const [id, listener] of listeners) {
      if (wanted.has(id)) continue;
      listeners.delete(id);
      await listener.subscription?.close();
    }
    for (const id of wanted) {
      const listener = listeners.get(id) ?? { subscription: null, failures: 0, retryAt: 0, starting: false };
      listeners.set(id, listener);
      if (!listener.subscription && !listener.starting && Date.now() >= listener.retryAt) start(id, listener);
    }
  };

  let checking = Promise.resolve();
  const tick = () => {
    checking = checking.then(check).catch((err: Error) => log(`change listeners: ${err.message}`));
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await checking;
    await Promise.all([...listeners.values()].map((l) => l.subscription?.close()));
    listeners.clear();
  };
}
