import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./project.mjs";

// What `next build` compiles; workers/contracts.ts is the one worker file src/ may import.
const inputs = [
  "app",
  "src",
  "graphql",
  "public",
  "workers/contracts.ts",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
];
const skipped = new Set(["node_modules", ".next"]);

function changedSince(file, time) {
  if (!existsSync(file)) return false;
  const stat = statSync(file);
  // A directory's own time changes when a file in it is added or removed.
  if (stat.mtimeMs > time) return true;
  if (!stat.isDirectory()) return false;
  return readdirSync(file).some((name) => !skipped.has(name) && changedSince(path.join(file, name), time));
}

/**
 * Whether `next build` must run: there is no build yet, or something it
 * compiles changed since the last one. Skipping an up-to-date build makes a
 * second `npm start` take seconds instead of minutes.
 */
export function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return inputs.some((input) => changedSince(path.join(root, input), built));
}
