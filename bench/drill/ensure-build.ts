import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runChild } from "@/bench/setup/run-child";

const root = path.resolve(import.meta.dirname, "../..");
const watched = ["app", "src", "graphql", "prisma/schema.prisma", "next.config.ts", "package-lock.json"];

function newest(p: string): number {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

/**
 * The drill runs the web server as production does (`next start`), so it
 * needs a build of the code being drilled: one is made when there is none or
 * a source file changed since the last.
 */
export async function ensureBuild(): Promise<void> {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...watched.map((w) => path.join(root, w)).filter(existsSync).map(newest));
  if (builtAt > changedAt) return;
  console.log("building the web app (next build) to serve it as production does…");
  const code = await runChild(path.join(root, "node_modules/.bin/next"), ["build"], { env: {}, quiet: true });
  if (code !== 0) throw new Error("next build failed; run `npm run build` to see why");
}
