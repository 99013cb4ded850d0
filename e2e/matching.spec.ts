import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { formatWeight } from "@/app/components/format";
import { hashPassword } from "@/src/auth/password";
import { systemPrincipal } from "@/src/auth/principal";
import { activateModel } from "@/src/matching/model/activate-model";
import { defaultModel } from "@/src/matching/model/default-model";
import type { MatchModel } from "@/src/matching/model/match-model";
import { defaultThresholds } from "@/src/matching/model/thresholds";
import { e2ePassword, openFixtureDb } from "./global-setup";

const prisma = openFixtureDb();
const e2e = systemPrincipal("e2e:matching");

const run = randomUUID().slice(0, 8);
const adminEmail = `matching-admin-${run}@goldenhub.test`;

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(e2ePassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

/** The parameters matching uses now, read from the database rather than from the page under test. */
async function activeParameters(): Promise<Omit<MatchModel, "version">> {
  const row = await prisma.matchModel.findFirst({ where: { status: "ACTIVE" }, orderBy: { version: "desc" } });
  return row ? (row.parameters as Omit<MatchModel, "version">) : defaultModel;
}

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Matching Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  // Later specs match with whatever is active: put the built-in model and thresholds back in force.
  const { version: _, ...parameters } = defaultModel;
  const reset = await prisma.matchModel.create({ data: { parameters, thresholds: defaultThresholds(), createdBy: "e2e:matching", note: "e2e reset" } });
  await activateModel({ modelId: reset.id, principal: e2e });
  await prisma.user.delete({ where: { email: adminEmail } });
  await prisma.$disconnect();
});

test("an admin reads the model in force and saves new thresholds as a new active version", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matching" }).click();
  await expect(page.getByRole("heading", { name: "Matching", level: 1 })).toBeVisible();

  const { m, u } = (await activeParameters()).fields.email.exact;
  const weights = page.getByRole("region", { name: /^Weights of / });
  await expect(weights.getByRole("row", { name: /^Email Exact/ })).toContainText(formatWeight(Math.log(m / u)));

  const thresholds = page.getByRole("region", { name: "Change thresholds" });
  const organization = thresholds.getByRole("group", { name: "Organization" });
  await organization.getByLabel(/Auto-merge at or above/).fill("85");
  await organization.getByLabel(/Review at or above/).fill("55");
  await thresholds.getByLabel(/Note/).fill(`e2e ${run}`);
  await thresholds.getByRole("button", { name: "Save thresholds" }).click();

  const saved = thresholds.getByRole("status");
  await expect(saved).toHaveText(/^Thresholds saved as version v\d+$/);
  const version = (await saved.innerText()).replace(/.* v/, "");
  await expect(page.getByRole("heading", { name: `Active model v${version}` })).toBeVisible();
  const inForce = page.getByRole("region", { name: `Active model v${version}` }).getByRole("row", { name: /^Organization/ });
  await expect(inForce.getByRole("cell")).toHaveText(["85%", "55%"]);
  const row = page.getByRole("region", { name: "Versions" }).getByRole("row", { name: new RegExp(`^v${version}\\b`) });
  await expect(row).toContainText("active");
  await expect(row).toContainText(`e2e ${run}`);
  const active = await prisma.matchModel.findFirstOrThrow({ where: { status: "ACTIVE" } });
  expect(active).toMatchObject({ version: Number(version), thresholds: { organization: { auto: 0.85, review: 0.55 } }, createdBy: `user:${adminEmail}` });
});

test("an admin marks a source as keeping one record per customer, and cannot set its bar below auto-merge", async ({ page }) => {
  const source = await prisma.source.create({ data: { key: `e2e-one-per-customer-${run}`, name: `E2E ERP ${run}`, kind: "ERP" } });
  await signIn(page, adminEmail);
  await page.goto("/matching");
  const sources = page.getByRole("region", { name: "Sources and their own duplicates" });
  const row = sources.getByRole("row", { name: new RegExp(`E2E ERP ${run}`) });
  await expect(row).toContainText("May hold duplicates");
  await row.getByRole("button", { name: `Mark one record per customer: E2E ERP ${run}` }).click();
  await expect(row).toContainText("One record per customer");
  await expect(row.getByRole("button", { name: `Mark may hold duplicates: E2E ERP ${run}` })).toBeVisible();
  expect((await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).mayHoldDuplicates).toBe(false);

  const thresholds = page.getByRole("region", { name: "Change thresholds" });
  const person = thresholds.getByRole("group", { name: "Person" });
  await person.getByLabel(/Auto-merge at or above/).fill("95");
  await person.getByLabel(/Auto-merge within one source/).fill("90");
  await thresholds.getByRole("button", { name: "Save thresholds" }).click();
  await expect(person.getByText("Person within-source bar: the within-source bar must not be below the auto-merge threshold")).toBeVisible();
});

test("an admin sees which weights of a version older than a comparison level are the built-in model's", async ({ page }) => {
  const { version: _, ...parameters } = defaultModel;
  const { decadeDigit: __, ...olderBirth } = parameters.fields.dateOfBirth;
  const older = await prisma.matchModel.create({
    data: { parameters: { ...parameters, fields: { ...parameters.fields, dateOfBirth: olderBirth } }, thresholds: defaultThresholds(), createdBy: "e2e:matching" },
  });
  await activateModel({ modelId: older.id, principal: e2e });
  await signIn(page, adminEmail);
  await page.goto("/matching");

  const weights = page.getByRole("region", { name: `Weights of v${older.version}` });
  await expect(weights).toContainText(`v${older.version} has no weight of its own for Date of birth: decade digit`);
  const table = weights.getByRole("table");
  await expect(table.getByRole("row", { name: /^Decade digit built-in/ })).toBeVisible();
  await expect(table.getByText("built-in", { exact: true })).toHaveCount(1);
});

test("a review threshold above the auto-merge threshold is refused, naming the field", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.goto("/matching");
  const before = await prisma.matchModel.count();
  const person = page.getByRole("group", { name: "Person" });
  await person.getByLabel(/Auto-merge at or above/).fill("70");
  await person.getByLabel(/Review at or above/).fill("80");
  await page.getByRole("button", { name: "Save thresholds" }).click();

  // Next.js's route announcer is an alert too, so the form's alert is found by its text.
  await expect(page.getByRole("alert").filter({ hasText: "The thresholds are not valid." })).toBeVisible();
  await expect(person).toContainText("Person: the review threshold must not be above the auto-merge threshold");
  await expect(person.getByLabel(/Review at or above/)).toHaveValue("80");
  await expect(person.getByLabel(/Review at or above/)).toHaveAttribute("aria-invalid", "true");
  expect(await prisma.matchModel.count()).toBe(before);
});

test("a steward does not get the matching page", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matching" })).toHaveCount(0);
  await page.goto("/matching");
  await expect(page.getByRole("alert").filter({ hasText: "Only administrators can see and change the matching model." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save thresholds" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retrain from data" })).toHaveCount(0);
});
