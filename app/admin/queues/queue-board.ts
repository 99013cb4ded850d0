import path from "node:path";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { Hono, type MiddlewareHandler } from "hono";
import { queue, queueNames, type QueueName } from "@/workers/contracts";
import { serveBoardStatic } from "./board-static";

/** Where the board answers; the route handler's folder says the same. */
export const boardPath = "/admin/queues";

/** What each queue carries, shown under its name on the board. */
const descriptions: Record<QueueName, string> = {
  ingest: "Pushed changes and change events, matched on the real-time lane",
  "ingest-bulk": "Imports and initial loads, decided by one bulk run at a time",
  distribution: "Outbox dispatch and signed webhook deliveries",
  maintenance: "The sweeper, every 10 s: re-queues work PostgreSQL calls unfinished",
  bulk: "Steward and admin bulk jobs: rules recomputes and bulk merges",
  sources: "Connector syncs (Salesforce, SAP) every 60 s and on Sync now",
};

/**
 * Drops the board page's Google Fonts stylesheet: the hub runs offline and
 * asks no other host for anything. Its CSS falls back to the system's fonts.
 */
const withoutRemoteStylesheets: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.get("content-type")?.startsWith("text/html")) return;
  const html = (await c.res.text()).replace(/<link\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>\s*/g, "");
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  c.res = new Response(html, { status: c.res.status, headers });
};

/**
 * The bull-board app for the hub's queues (under QUEUE_PREFIX, through the same
 * producer Queue objects the web app enqueues with). Its actions are left on:
 * jobs are only Redis's schedule of work PostgreSQL holds, so a retried job
 * redoes idempotent work, and a removed one is queued again by the sweeper.
 */
function createBoardApp(): Hono {
  const serverAdapter = new HonoAdapter(serveBoardStatic).setBasePath(boardPath);
  createBullBoard({
    queues: queueNames.map((name) => new BullMQAdapter(queue(name), { description: descriptions[name] })),
    serverAdapter,
    options: {
      // Named here, not found by bull-board's own require.resolve, which a bundled route handler cannot run.
      uiBasePath: path.join(process.cwd(), "node_modules", "@bull-board", "ui"),
      uiConfig: {
        boardTitle: "Goldenhub queues",
        hideDocsLink: true,
        miscLinks: [{ text: "Back to the portal", url: "/" }],
      },
    },
  });
  const app = new Hono();
  app.use(`${boardPath}/*`, withoutRemoteStylesheets);
  return app.route(boardPath, serverAdapter.registerPlugin());
}

const cache = globalThis as unknown as { goldenhubQueueBoard?: Hono };

/** One board per process, built on first use so a web process that never shows it opens no queue connections. */
export function queueBoard(): Hono {
  cache.goldenhubQueueBoard ??= createBoardApp();
  return cache.goldenhubQueueBoard;
}
