import { errorResponse } from "@/app/api/_lib/json-response";
import { can, refusal } from "@/src/auth/permissions";
import { principalOfRequest } from "@/src/auth/principal-of-request";
import { AppError } from "@/src/errors";
import { boardPath } from "./queue-board";

/** The board's own pages (a queue, a job), as opposed to its JSON API and static files. */
function isBoardPage(request: Request): boolean {
  const rest = new URL(request.url).pathname.slice(boardPath.length);
  return request.method === "GET" && !/^\/(api|static)(\/|$)/.test(rest);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A plain page for a person who opened the board without the role, saying which role it takes. */
function refusedPage(message: string): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Job queues</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 40rem; line-height: 1.5">
<h1>Job queues</h1><p role="alert">${escapeHtml(message)} Ask an administrator if you need access.</p>
<p><a href="/">Back to the portal</a></p></body></html>`;
  return new Response(body, { status: 403, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * Who may use the queue board: administrators, by portal session or admin API
 * token. Nobody signed in is sent to the sign-in page (the board's JSON and
 * files answer 401); anyone else gets 403. Changes must come from the board's
 * own pages: a cross-site request is refused even with a session cookie.
 * Returns the refusal, or null when the request may go on.
 */
export async function refuseUnlessAdmin(request: Request): Promise<Response | null> {
  try {
    const principal = await principalOfRequest(request);
    if (!principal) {
      if (isBoardPage(request)) return new Response(null, { status: 302, headers: { location: "/login", "cache-control": "no-store" } });
      throw new AppError("UNAUTHENTICATED", "Sign in as an administrator, or send an admin API token as 'Authorization: Bearer <token>'.");
    }
    if (!can(principal, "queues.manage")) {
      if (isBoardPage(request)) return refusedPage(refusal("queues.manage"));
      throw new AppError("FORBIDDEN", refusal("queues.manage"));
    }
    const unsafe = !["GET", "HEAD"].includes(request.method);
    if (unsafe && request.headers.get("sec-fetch-site") === "cross-site") {
      throw new AppError("FORBIDDEN", "Queue actions are taken from the board's own pages, not from another site.");
    }
    return null;
  } catch (err) {
    return errorResponse(err);
  }
}
