import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { MiddlewareHandler } from "hono";
import { serveStatic, type ServeStaticOptions } from "hono/serve-static";

/** A file's bytes, or null when it is missing or a directory, so Hono answers 404 instead of throwing. */
async function fileContent(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const absolute = path.resolve(file);
    if (!(await stat(absolute)).isFile()) return null;
    return new Uint8Array(await readFile(absolute));
  } catch {
    return null;
  }
}

/**
 * Serves the board's scripts, styles and images from node_modules/@bull-board/ui
 * on this server, never from a CDN, so the board works offline. Hono's own
 * serveStatic checks the path (no `..`, no doubled slashes); this only reads files.
 */
export function serveBoardStatic(options: ServeStaticOptions): MiddlewareHandler {
  return serveStatic({
    ...options,
    getContent: fileContent,
    // Bundle names carry a content hash; the board's own pages are never cached (they are answered by the route).
    onFound: (_file, c) => void c.header("cache-control", "private, max-age=86400"),
  });
}
