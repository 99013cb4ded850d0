import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { e2ePassword, openFixtureDb } from "./global-setup";
import { signIn } from "./sign-in";

const prisma = openFixtureDb();
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@queues-e2e.test`;
const queues = ["ingest", "ingest-bulk", "distribution", "maintenance", "bulk", "sources"];

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: adminEmail } });
  await prisma.$disconnect();
});

test("an admin opens the job queues from the nav and sees every queue of the hub, with nothing fetched from another host", async ({ page }, testInfo) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:3100/")) foreign.push(r.url());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, adminEmail);
  await page.screenshot({ path: testInfo.outputPath("portal-nav-1440.png") });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues" }).click();
  await expect(page).toHaveURL(/\/admin\/queues$/);
  await expect(page).toHaveTitle("Goldenhub queues");
  for (const name of queues) await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("queues-1440.png"), fullPage: true });

  await page.getByRole("link", { name: "maintenance", exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/queues\/queue\/maintenance/);
  // The sweeper runs every 10 s, so its jobs are there to show, each under its job name.
  await expect(page.getByText("maintenance.sweep").first()).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath("queue-maintenance-1440.png"), fullPage: true });
  expect(foreign).toEqual([]);
});

test("a steward sees no Queues link and is refused the board; nobody signed in is sent to sign in", async ({ page }) => {
  await page.goto("/admin/queues");
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, "steward@goldenhub.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues" })).toHaveCount(0);
  const res = await page.goto("/admin/queues");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("alert")).toHaveText(/Only administrators can open the job queues\./);
  const api = await page.request.get("/admin/queues/api/queues");
  expect(api.status()).toBe(403);
});
