import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2ePassword, openFixtureDb } from "./global-setup";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const alphaName = `Portalfixture ${run} Alpha`;
const betaName = `Portalfixture ${run} Beta`;
const ids = { source: "", alpha: "", beta: "", suspect: "" };

async function signIn(page: Page, email: string, password = e2ePassword) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function figure(page: Page, label: string): Promise<number> {
  const text = await page.getByTestId("figure").filter({ hasText: label }).locator(".figure-value").innerText();
  return Number(text.replace(/,/g, ""));
}

test.beforeAll(async () => {
  const source = await prisma.source.create({ data: { key: `e2e-portal-${run}`, name: `Portal CRM ${run}`, kind: "CRM" } });
  ids.source = source.id;
  for (const [key, name, city] of [["alpha", alphaName, "Rotterdam"], ["beta", betaName, "Rotterdam-Zuid"]] as const) {
    const attributes = { organizationName: name, email: `${key}-${run}@portal.test`, city, country: "NL" };
    const golden = await prisma.goldenRecord.create({ data: { displayName: name, attributes, lineage: {} } });
    const xref = await prisma.sourceRecord.create({
      data: { sourceId: source.id, externalId: `EXT-${key}-${run}`, raw: attributes, standardized: attributes, sourceUpdatedAt: new Date(), contentHash: `${key}-${run}`, goldenRecordId: golden.id },
    });
    const entry = { sourceRecordId: xref.id, source: source.key, externalId: xref.externalId, updatedAt: xref.sourceUpdatedAt.toISOString() };
    const lineage = Object.fromEntries(Object.keys(attributes).map((n) => [n, entry]));
    await prisma.goldenRecord.update({ where: { id: golden.id }, data: { lineage } });
    await prisma.goldenRecordVersion.create({
      data: { goldenRecordId: golden.id, version: 1, attributes, lineage, status: "ACTIVE", reason: `created from ${source.key} ${xref.externalId}`, actor: "e2e:portal" },
    });
    ids[key] = golden.id;
  }
  const [leftId, rightId] = [ids.alpha, ids.beta].sort();
  const explanation = { fields: [{ attribute: "city", left: "Rotterdam", right: "Rotterdam-Zuid", similarity: 0.8, contribution: 0.1, note: "district suffix" }] };
  ids.suspect = (await prisma.duplicateSuspect.create({ data: { leftId, rightId, score: 0.74, explanation } })).id;
});

test.afterAll(async () => {
  const goldenIds = [ids.alpha, ids.beta].filter(Boolean);
  await prisma.duplicateSuspect.deleteMany({ where: { OR: [{ leftId: { in: goldenIds } }, { rightId: { in: goldenIds } }] } });
  await prisma.goldenRecordVersion.deleteMany({ where: { goldenRecordId: { in: goldenIds } } });
  await prisma.sourceRecord.deleteMany({ where: { goldenRecordId: { in: goldenIds } } });
  await prisma.goldenRecord.deleteMany({ where: { id: { in: goldenIds } } });
  if (ids.source) await prisma.source.delete({ where: { id: ids.source } });
  await prisma.$disconnect();
});

test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
  await page.goto("/golden");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("a wrong password shows a message on the form and signs nobody in", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test", "not the password");
  await expect(page.getByText("The email or password is not right.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue("steward@goldenhub.test");
});

test("a steward sees live counts, finds a golden record and reads its lineage and history", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Stella Steward");
  await expect(page.getByRole("banner").locator(".role")).toHaveText("steward");
  const [active, open] = await Promise.all([prisma.goldenRecord.count({ where: { status: "ACTIVE" } }), prisma.duplicateSuspect.count({ where: { status: "OPEN" } })]);
  expect(await figure(page, "Active golden records")).toBe(active);
  expect(await figure(page, "Open duplicate suspects")).toBe(open);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Golden records" }).click();
  await page.getByLabel("Name contains").fill(`portalfixture ${run}`);
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(alphaName);
  await expect(rows.first()).toContainText(`alpha-${run}@portal.test`);

  await page.getByRole("link", { name: alphaName }).click();
  await expect(page).toHaveURL(new RegExp(`/golden/${ids.alpha}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(alphaName);
  const lineage = page.getByRole("region", { name: "Attributes and lineage" });
  const city = lineage.getByRole("row", { name: /^City/ });
  await expect(city.getByRole("cell").nth(0)).toHaveText("Rotterdam");
  await expect(city.getByRole("cell").nth(1)).toHaveText(`Portal CRM ${run}`);
  await expect(city.getByRole("cell").nth(2)).toHaveText(`EXT-alpha-${run}`);
  await expect(page.getByRole("region", { name: /Source records/ })).toContainText(`EXT-alpha-${run}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText(`created from e2e-portal-${run} EXT-alpha-${run}`);
  await expect(page.getByRole("link", { name: new RegExp(`${betaName} \\(74%\\)`) })).toBeVisible();
});

test("a viewer can review a duplicate suspect but gets no Merge button", async ({ page }) => {
  await signIn(page, "viewer@goldenhub.test");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto(`/suspects/${ids.suspect}`);
  await expect(page.getByRole("heading", { name: /Match score 74%/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /City/ })).toContainText("district suffix");
  await expect(page.getByText("a steward or an admin decides it")).toBeVisible();
  await expect(page.getByRole("button", { name: "Merge" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Not a duplicate" })).toHaveCount(0);
});
