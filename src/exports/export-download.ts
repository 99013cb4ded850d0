import type { Principal } from "@/src/auth/principal";
import { exportChunks } from "./export-chunks";
import { authorizeExport } from "./export-permission";
import { parseExportRequest } from "./export-request";

const contentTypes = { csv: "text/csv; charset=utf-8", ndjson: "application/x-ndjson; charset=utf-8" };

/** Pulls one chunk per read, so a slow client holds the cursor back, and a cancelled download closes it. */
function byteStream(chunks: AsyncGenerator<string, number>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(0);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * One export as an HTTP download for the portal: access is checked and the
 * request read before anything is queried; the body is the same producer the
 * CLI writes to files, read only as fast as the client takes it.
 */
export function exportDownload(opts: { principal: Principal; what?: string; format?: string }) {
  authorizeExport(opts.principal);
  const request = parseExportRequest({ what: opts.what, format: opts.format });
  const day = new Date().toISOString().slice(0, 10);
  return {
    filename: `goldenhub-${request.what}-${day}.${request.format}`,
    contentType: contentTypes[request.format],
    body: byteStream(exportChunks(request)),
  };
}
