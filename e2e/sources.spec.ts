import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { e2ePassword, openFixtureDb } from "./global-setup";
import { signIn } from "./sign-in";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@sources-e2e.test`;
const sourceKey = `sap-e2e-${run}`;
const sourceName = `SAP Werk Süd ${run}`;
const PARTNERS = 24;

let gateway: SapGateway;

test.beforeAll(async () => {
  gateway = await startSapGateway({ partners: PARTNERS, sharedCustomers: 0, seed: 1515, pageSize: 10 });
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  // The source outlives the run; paused, the worker's schedule stops calling a gateway that is gone.
  await prisma.source.updateMany({ where: { key: sourceKey }, data: { pausedAt: new Date(), pausedReason: "Its e2e gateway has stopped." } });
  await gateway?.close();
  await prisma.user.deleteMany({ where: { email: adminEmail } });
  await prisma.$disconnect();
});

async function openSources(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
}

test("an admin registers an SAP source through the form, syncs it, sees its records counted, then pauses and resumes it", async ({ page }) => {
  // A first sync reads every partner through the real worker, then ingest matches each one.
  test.setTimeout(240_000);
  await signIn(page, adminEmail);
  await openSources(page);

  const register = page.getByRole("region", { name: "Register a source" });
  await register.getByRole("radio", { name: /SAP S\/4HANA/ }).check();
  await register.getByLabel("Name", { exact: true }).fill(sourceName);
  await register.getByLabel("Key", { exact: true }).fill(sourceKey);
  await register.getByLabel("Base URL", { exact: true }).fill(gateway.url);
  await register.getByLabel("User name", { exact: true }).fill(gateway.username);
  await register.getByLabel("Password", { exact: true }).fill(gateway.password);
  await register.getByRole("button", { name: "Register source" }).click();
  await expect(register.getByRole("status")).toContainText(`Registered ${sourceName} (${sourceKey})`);
  await expect(register.getByLabel("Password", { exact: true })).toHaveValue("");

  const row = page.locator(`tr[data-source="${sourceKey}"]`);
  await expect(row.getByRole("rowheader")).toContainText(sourceName);
  await expect(row).toContainText("SAP S/4HANA · ERP");
  await row.getByRole("button", { name: `Sync ${sourceName} now` }).click();
  await expect(row.getByRole("status")).toHaveText("Sync queued.");

  // Every partner ends up stored or quarantined; the page counts the stored ones once ingest has matched them.
  const records = row.locator("td.num");
  await expect(async () => {
    await page.reload();
    const quarantined = await prisma.rejectedRecord.count({ where: { source: { key: sourceKey } } });
    await expect(records).toHaveText(String(PARTNERS - quarantined), { timeout: 1_000 });
  }).toPass({ timeout: 200_000, intervals: [1_000, 2_000, 5_000] });
  await expect(row.locator(".badge")).toHaveText(/healthy|syncing/);
  await expect(row).toContainText(/\d+ accepted/);
  expect(gateway.requests.some((r) => r.startsWith("/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner"))).toBe(true);

  await row.getByText("Pause", { exact: true }).click();
  await row.getByRole("button", { name: `Confirm pausing ${sourceName}` }).click();
  await expect(row.getByRole("alert")).toContainText("Reason");
  await row.getByLabel("Reason").fill(`Gateway upgrade ${run}`);
  await row.getByRole("button", { name: `Confirm pausing ${sourceName}` }).click();
  await expect(row.locator(".badge")).toHaveText("paused");
  await expect(row).toContainText(`Gateway upgrade ${run}`);
  await expect(row.getByRole("button", { name: `Sync ${sourceName} now` })).toHaveCount(0);
  await row.getByRole("button", { name: `Resume ${sourceName}` }).click();
  await expect(row.locator(".badge")).not.toHaveText("paused");
  await expect(row.getByRole("button", { name: `Sync ${sourceName} now` })).toBeVisible();
});

test("a refused registration marks the fields it names, keeps what was typed and never sends the password back", async ({ page }) => {
  await signIn(page, adminEmail);
  await openSources(page);
  const register = page.getByRole("region", { name: "Register a source" });
  await register.getByRole("radio", { name: /SAP S\/4HANA/ }).check();
  await register.getByLabel("Name", { exact: true }).fill(`Refused ${run}`);
  await register.getByLabel("Key", { exact: true }).fill(`refused-${run}`);
  await register.getByLabel("Base URL", { exact: true }).fill("not a url");
  await register.getByLabel("User name", { exact: true }).fill("CLERK");
  await register.getByLabel("Password", { exact: true }).fill("typed-secret");
  await register.getByRole("button", { name: "Register source" }).click();

  await expect(register.getByRole("alert")).toBeVisible();
  await expect(register.getByLabel("Base URL", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(register.getByText(/^Base URL: /)).toBeVisible();
  await expect(register.getByLabel("Name", { exact: true })).toHaveValue(`Refused ${run}`);
  await expect(register.getByLabel("User name", { exact: true })).toHaveValue("CLERK");
  await expect(register.getByLabel("Password", { exact: true })).toHaveValue("");
  expect(await page.content()).not.toContain("typed-secret");
  await expect(page.locator(`tr[data-source="refused-${run}"]`)).toHaveCount(0);
});

test("a steward sees the sources' health but no way to register, sync or pause", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await openSources(page);
  await expect(page.getByText("Only administrators can register, pause and sync sources.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Register a source" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Sync .* now|^Pause|^Resume/ })).toHaveCount(0);
});
