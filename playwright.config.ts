import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser; flags keep it quiet and offline.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Browser tests against a production build on port 3100 and a worker, both
 * started here with the environment of the test run (`npm test` sets the
 * throwaway DATABASE_URL and QUEUE_PREFIX), so they never touch a developer's
 * running portal or data. Servers are never reused for the same reason.
 */
export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: "http://127.0.0.1:3100",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { browserName: "chromium", launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs } },
    },
  ],
  // The worker starts first: the web server counts as ready only when /api/ready sees a live worker and its schedulers.
  webServer: [
    {
      name: "worker",
      command: "npx tsx workers/main.ts",
      url: "http://127.0.0.1:3101/",
      env: { WORKER_HEALTH_PORT: "3101" },
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      name: "web",
      command: "npx next start -p 3100",
      url: "http://127.0.0.1:3100/api/ready",
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
