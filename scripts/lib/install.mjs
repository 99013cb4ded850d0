import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Failure, heading } from "./output.mjs";
import { root } from "./project.mjs";
import { run, stopRequested } from "./run.mjs";

const lockfile = path.join(root, "package-lock.json");
// npm writes this after every successful install, so its age is the age of node_modules.
const installedLockfile = path.join(root, "node_modules", ".package-lock.json");

function installIsCurrent() {
  return existsSync(installedLockfile) && statSync(installedLockfile).mtimeMs >= statSync(lockfile).mtimeMs;
}

/**
 * Installs exactly what package-lock.json pins when node_modules is missing or
 * older than it, so a fresh clone and a pulled lockfile both just work. Browsers
 * are never downloaded: the tests use the system Chromium.
 */
export async function ensureInstalled() {
  if (!existsSync(lockfile)) throw new Failure(`package-lock.json is missing from ${root}; restore it from git.`);
  if (installIsCurrent()) return;
  heading("Installing dependencies (npm ci)");
  // Two graphql-yoga helpers declare Node 22 but run on 20; their engine warnings would only alarm.
  const code = await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
  });
  if (stopRequested()) throw new Failure("Stopped before dependencies were installed; run the command again to finish.");
  if (code !== 0) {
    throw new Failure("npm ci failed (see its output above). Check that the npm registry is reachable and Node is 20.9 or newer.");
  }
}
