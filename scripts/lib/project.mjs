import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, so the scripts behave the same whichever directory they are started from. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A project binary from node_modules/.bin, started directly rather than through
 * npx so that a stop signal reaches the real process instead of a wrapper.
 */
export function bin(name) {
  return path.join(root, "node_modules", ".bin", name);
}

/** The environment with node_modules/.bin first on PATH, as `npm run` would give it. */
export function withLocalBin(env) {
  return { ...env, PATH: [path.join(root, "node_modules", ".bin"), env.PATH].filter(Boolean).join(path.delimiter) };
}
