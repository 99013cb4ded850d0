import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startReceiver, type Receiver } from "@/demo/webhook-receiver";
import { hashPassword } from "@/src/auth/password";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { allowEndpoint } from "@/src/testing/allow-endpoint";
import { sourceWithToken, webhookSecret } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { e2ePassword } from "./global-setup";
import { signIn } from "./sign-in";

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@subscribers-e2e.test`;
const subscriberName = `Billing CRM ${run}`;
const goneName = `Gone receiver ${run}`;
const allowedPattern = `hooks-${run}.internal:8443`;
const hub = systemPrincipal("e2e:subscribers");

let source: Awaited<ReturnType<typeof sourceWithToken>>["source"];
/** The receiver's address, reserved before the subscriber exists: the receiver itself starts once the page has shown the secret it verifies with. */
let endpoint: string;
let disallow: (() => Promise<void>) | undefined;
let receiver: Receiver | undefined;

/** The running worker matches what was pushed; the test waits for it as a source system would. */
async function matched(batchId: string) {
  await expect.poll(async () => (await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 20_000 }).toBe("DONE");
}

async function openSubscribers(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Subscribers" }).click();
  await expect(page.getByRole("heading", { name: "Subscribers", level: 1 })).toBeVisible();
}

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
  ({ source } = await sourceWithToken({ kind: "CRM" }));
  const probe = await startReceiver({ secret: webhookSecret() });
  endpoint = probe.url;
  await probe.close();
  // Loopback is refused to webhooks unless allowlisted: the admin vouches for this one host:port, nothing wider.
  disallow = await allowEndpoint(endpoint, `subscribers e2e ${run}`);
});

// The database pools stay open: Playwright runs every spec file in one worker process, and later specs share them.
test.afterAll(async () => {
  // Disabled, the worker stops sending to receivers that are gone; disabled as an admin would, they leave later dashboards quiet.
  const off = { active: false, disabledAt: new Date(), disabledReason: `disabled by e2e:subscribers ${run}` };
  await prisma.subscriber.updateMany({ where: { name: { in: [subscriberName, goneName] } }, data: off });
  await prisma.webhookAllowlistEntry.deleteMany({ where: { pattern: allowedPattern } });
  await receiver?.close();
  await disallow?.();
  await prisma.user.deleteMany({ where: { email: adminEmail } });
  await closeQueues();
});

test("an admin allowlists a private host with a note, is told what a bad pattern is, and removes the entry", async ({ page }) => {
  await signIn(page, adminEmail);
  await openSubscribers(page);
  const panel = page.getByRole("region", { name: "Webhook allowlist" });

  await panel.getByLabel("Pattern", { exact: true }).fill("not a host!");
  await panel.getByRole("button", { name: "Allow host" }).click();
  await expect(panel.getByLabel("Pattern", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByLabel("Pattern", { exact: true })).toHaveAccessibleDescription(/Pattern: give a host name/);
  await expect(panel.getByLabel("Pattern", { exact: true })).toHaveValue("not a host!");

  await panel.getByLabel("Pattern", { exact: true }).fill(allowedPattern);
  await panel.getByLabel(/^Note/).fill(`ticket OPS-${run}`);
  await panel.getByRole("button", { name: "Allow host" }).click();
  await expect(panel.getByRole("status")).toHaveText(`Allowed ${allowedPattern}.`);
  const row = panel.locator(`tr[data-pattern="${allowedPattern}"]`);
  await expect(row).toContainText(`ticket OPS-${run}`);
  await expect(row).toContainText(adminEmail);

  await row.getByText("Remove", { exact: true }).click();
  await row.getByRole("button", { name: `Confirm removing ${allowedPattern}` }).click();
  await expect(panel.locator(`tr[data-pattern="${allowedPattern}"]`)).toHaveCount(0);
});

test("an admin adds a subscriber, its receiver verifies with the secret shown once, and the delivery is followed, resent and replayed from the log", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, adminEmail);
  await openSubscribers(page);

  const create = page.getByRole("region", { name: "Add a subscriber" });
  await create.getByLabel("Name", { exact: true }).fill(subscriberName);
  await create.getByLabel("URL", { exact: true }).fill(endpoint);
  await create.getByRole("checkbox", { name: "golden.created" }).check();
  await create.getByLabel("Sources", { exact: true }).selectOption(source.key);
  await create.getByRole("button", { name: "Add subscriber" }).click();

  const shownSecret = page.getByTestId("one-time-secret");
  await expect(shownSecret).toBeVisible();
  await expect(create.getByRole("status")).toContainText("Shown once.");
  await expect(create.getByRole("status")).toContainText("It will not be shown again");
  await expect(create.getByRole("button", { name: "Copy" })).toBeVisible();
  const secret = await shownSecret.innerText();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);

  const row = page.locator(`tr[data-subscriber="${subscriberName}"]`);
  await expect(row.locator(".badge")).toHaveText("active");
  await expect(row).toContainText("golden.created");
  await expect(row).toContainText(source.key);
  await expect(row).toContainText("full record");

  // Shown once: a reload, or anyone else's look at the page, never shows it again.
  await page.reload();
  await expect(page.getByTestId("one-time-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  receiver = await startReceiver({ secret, port: Number(new URL(endpoint).port) });
  const { batchId } = await acceptBatch({
    sourceKey: source.key,
    principal: hub,
    body: { records: [{ externalId: "S-1", attributes: { firstName: "Ingrid", lastName: `Vestby${run}`, city: "Tromsø", country: "NO" } }] },
  });
  await matched(batchId);
  const goldenId = (await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: source.id, externalId: "S-1" } })).goldenRecordId;
  const event = await receiver.waitFor((e) => e.type === "golden.created" && e.data.goldenRecordId === goldenId, 30_000);
  expect(event.data.goldenRecordId).toBe(goldenId);
  // The receiver verified the Standard Webhooks signature with the secret the page showed.
  expect(receiver.refused).toEqual([]);

  await row.getByRole("link", { name: subscriberName }).click();
  await expect(page.getByRole("heading", { name: subscriberName, level: 1 })).toBeVisible();
  const delivery = page.locator("tr[data-delivery]").filter({ has: page.locator(`a[href="/golden/${goldenId}"]`) });
  await expect(async () => {
    await page.reload();
    await expect(delivery.locator(".badge")).toHaveText("succeeded", { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000, 2_000] });
  await expect(delivery.getByRole("rowheader")).toHaveText("golden.created");
  await expect(delivery).toContainText("204");
  const sequence = await delivery.getAttribute("data-sequence");
  expect(sequence).toMatch(/^\d+$/);

  await delivery.getByRole("link", { name: `Show attempts of golden.created #${sequence}` }).click();
  const attempts = page.getByRole("table", { name: `Attempts of golden.created #${sequence}, oldest first` });
  await expect(attempts.locator("tbody tr")).toHaveCount(1);
  await expect(attempts.locator("tbody tr").first()).toContainText("204");

  await delivery.getByRole("button", { name: `Resend golden.created #${sequence}` }).click();
  await expect(delivery.getByRole("status")).toHaveText("Queued to send now.");
  // The attempt list keeps counting across resends: the worker's second POST shows as attempt 2.
  await expect(async () => {
    await page.reload();
    await expect(attempts.locator("tbody tr"), "a second attempt").toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000, 2_000] });
  await expect(attempts.locator("tbody tr").nth(1).getByRole("rowheader")).toHaveText("2");
  await expect(attempts.locator("tbody tr").nth(1)).toContainText("204");
  expect(receiver.refused).toEqual([]);

  const replay = page.getByRole("region", { name: "Replay" });
  await replay.getByRole("button", { name: "Replay" }).click();
  await expect(replay.getByRole("alert")).toContainText("give either a time or a sequence number");
  await replay.getByLabel("or from sequence").fill(sequence!);
  await replay.getByRole("button", { name: "Replay" }).click();
  await expect(replay.getByRole("status")).toContainText("Queued 1 delivery (0 new).");

  const rotate = page.getByRole("region", { name: "Signing secret" });
  await rotate.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = rotate.getByTestId("one-time-secret");
  await expect(rotated).toBeVisible();
  await expect(rotate.getByRole("status")).toContainText("It will not be shown again");
  await expect(rotate.getByRole("status")).toContainText("keeps signing beside the new one until");
  expect(await rotated.innerText()).toMatch(/^whsec_/);
  expect(await rotated.innerText()).not.toBe(secret);
});

test("a URL on loopback that nobody allowlisted is refused, with the guard's reason under the URL field", async ({ page }) => {
  await signIn(page, adminEmail);
  await openSubscribers(page);
  const create = page.getByRole("region", { name: "Add a subscriber" });
  await create.getByLabel("Name", { exact: true }).fill(`Refused ${run}`);
  await create.getByLabel("URL", { exact: true }).fill("http://127.0.0.1:9/hooks");
  await create.getByRole("checkbox", { name: "golden.merged" }).check();
  await create.getByRole("button", { name: "Add subscriber" }).click();

  const url = create.getByLabel("URL", { exact: true });
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAccessibleDescription(/URL: 127\.0\.0\.1 is a loopback address; an administrator must allowlist it/);
  await expect(create.getByText(/^URL: 127\.0\.0\.1 is a loopback address/)).toBeVisible();
  await expect(create.getByRole("alert")).toContainText("Not added");
  await expect(create.getByLabel("Name", { exact: true })).toHaveValue(`Refused ${run}`);
  await expect(url).toHaveValue("http://127.0.0.1:9/hooks");
  await expect(create.getByRole("checkbox", { name: "golden.merged" })).toBeChecked();
  await expect(page.getByTestId("one-time-secret")).toHaveCount(0);
  await expect(page.locator(`tr[data-subscriber="Refused ${run}"]`)).toHaveCount(0);
});

test("a subscriber the hub disabled is announced on the dashboard and the list, whose long URL stays inside a 390 px wide page", async ({ page }) => {
  const longUrl = `https://receiver.example.com/${"a-rather-long-path-segment/".repeat(60)}hook?run=${run}`;
  const gone = await prisma.subscriber.create({
    // The notice shows the newest trouble first and only a few; other suites leave hub-disabled subscribers at simulated
    // times years ahead, so this one is dated after them all to be among those shown.
    data: { name: goneName, url: longUrl, secret: webhookSecret(), active: false, disabledAt: new Date("2100-01-01T00:00:00Z"), disabledReason: `answered 410 Gone at ${new Date().toISOString()}` },
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, adminEmail);

  const notice = page.getByRole("region", { name: /need(s)? attention$/ });
  await expect(notice.getByRole("link", { name: goneName })).toHaveAttribute("href", `/subscribers/${gone.id}`);
  await expect(notice.getByRole("listitem").filter({ hasText: goneName })).toContainText("was disabled by the hub: answered 410 Gone");

  await page.goto("/subscribers");
  await expect(page.getByRole("alert").filter({ hasText: "The hub disabled" })).toContainText(goneName);
  const row = page.locator(`tr[data-subscriber="${goneName}"]`);
  await expect(row.locator(".badge")).toHaveText("disabled");
  await expect(row).toContainText("Disabled by the hub: answered 410 Gone");
  await expect(row.locator(".subscriber-url")).toHaveAttribute("title", longUrl);
  // The table scrolls inside its panel; the page itself never widens past the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await row.getByRole("link", { name: goneName }).click();
  await expect(page.getByRole("heading", { name: goneName, level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole("button", { name: `Enable ${goneName}` }).click();
  await expect(page.locator(".subscriber-head .badge")).toHaveText("active");
});

test("a steward is told plainly that only administrators manage subscribers", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Subscribers" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /need(s)? attention$/ })).toHaveCount(0);
  for (const path of ["/subscribers", `/subscribers/${randomUUID()}`]) {
    await page.goto(path);
    await expect(page.getByRole("alert").filter({ hasText: "Only administrators can manage subscribers and their deliveries." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add subscriber" })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  }
});
