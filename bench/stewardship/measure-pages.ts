import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { percentile } from "@/bench/metrics/percentile";
import { ensureBuild } from "@/bench/drill/ensure-build";
import { Service } from "@/bench/drill/service";
import { spareLoopbackPort } from "@/bench/drill/spare-port";
import { hashPassword } from "@/src/auth/password";
import { prisma } from "@/src/db";

const root = path.resolve(import.meta.dirname, "../..");
const password = "bench pages password";

/** Server time (request to first byte) and first contentful paint of one navigation, as Chromium's own timings report them. */
async function visit(page: Page, url: string): Promise<{ server: number; paint: number }> {
  await page.goto(url, { waitUntil: "load" });
  // Paint timings are recorded a frame after the paint, so they are awaited rather than read at "load". The script is
  // a string because tsx would wrap named functions in a helper the page does not have.
  return page.evaluate<{ server: number; paint: number }>(`new Promise((resolve) => {
    const nav = performance.getEntriesByType("navigation")[0];
    const done = (paint) => resolve({ server: nav.responseStart - nav.requestStart, paint });
    new PerformanceObserver((list) => {
      const fcp = list.getEntries().find((e) => e.name === "first-contentful-paint");
      if (fcp) done(fcp.startTime);
    }).observe({ type: "paint", buffered: true });
    setTimeout(() => done(Number.NaN), 5000);
  })`);
}

/**
 * The pages stewards open most, served by a production build (`next start`)
 * on the benchmark's database and loaded in Chromium: server time and first
 * paint, p50/p95 over `runs` loads each.
 */
export async function measurePages(opts: { paths: { label: string; path: string }[]; runs: number }): Promise<void> {
  await ensureBuild();
  const email = "bench.steward@goldenhub.test";
  await prisma.user.create({ data: { email, name: "Bench Steward", role: "STEWARD", passwordHash: await hashPassword(password) } });
  const port = await spareLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  const web = new Service("web", path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], { AUTH_SECRET: "bench-pages-secret-0123456789", AUTH_TRUST_HOST: "true" }, `${base}/login`, "/tmp/goldenhub-bench-pages-web.log");
  await web.start();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    for (const { label, path: p } of opts.paths) {
      await visit(page, base + p);
      const samples = [];
      for (let i = 0; i < opts.runs; i++) samples.push(await visit(page, base + p));
      const fmt = (values: number[], q: number) => percentile(values, q)!.toFixed(0).padStart(5);
      const server = samples.map((s) => s.server);
      const paint = samples.map((s) => s.paint);
      console.log(`${label.padEnd(34)} server p50 ${fmt(server, 50)} ms p95 ${fmt(server, 95)} ms   first paint p50 ${fmt(paint, 50)} ms p95 ${fmt(paint, 95)} ms`);
    }
  } finally {
    await browser.close();
    await web.stop();
  }
}
