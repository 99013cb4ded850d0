import { queueBoard } from "../queue-board";
import { refuseUnlessAdmin } from "../board-access";

export const dynamic = "force-dynamic";

/**
 * The job queue board (bull-board) at /admin/queues: its pages, its JSON API
 * and its static files, all for administrators only.
 */
async function handle(request: Request): Promise<Response> {
  return (await refuseUnlessAdmin(request)) ?? queueBoard().fetch(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
