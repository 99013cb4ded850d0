import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { e2ePassword, openFixtureDb } from "./global-setup";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@admin-e2e.test`;
const invitedEmail = `invited-${run}@admin-e2e.test`;
const invitedName = `Zoë Ångström ${run}`;
const tokenName = `e2e token ${run}`;

async function signIn(page: Page, email: string, password = e2ePassword) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  const admin = await prisma.user.findUnique({ where: { email: adminEmail } });
  if (admin) await prisma.apiToken.deleteMany({ where: { createdById: admin.id } });
  await prisma.user.deleteMany({ where: { email: { in: [adminEmail, invitedEmail] } } });
  await prisma.$disconnect();
});

test("an admin invites a user who signs in with the one-time password, then disables them; the audit page shows both", async ({ page, browser, baseURL }) => {
  await signIn(page, adminEmail);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: `Disable ${adminEmail}` })).toHaveCount(0);

  const invite = page.getByRole("region", { name: "Invite a user" });
  await invite.getByLabel("Email").fill(invitedEmail.toUpperCase());
  await invite.getByLabel("Name").fill(invitedName);
  await invite.getByLabel("Role").selectOption("VIEWER");
  await invite.getByRole("button", { name: "Invite" }).click();
  const secret = page.getByTestId("one-time-secret");
  await expect(secret).toBeVisible();
  await expect(invite.getByRole("status")).toContainText("Shown once.");
  await expect(invite.getByRole("button", { name: "Copy" })).toBeVisible();
  const password = await secret.innerText();
  expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$/);
  const row = page.locator(`tr[data-user="${invitedEmail}"]`);
  await expect(row).toContainText(invitedName);
  await expect(row).toContainText("enabled");

  // The same email in another case is the same account.
  await invite.getByLabel("Email").fill(invitedEmail);
  await invite.getByLabel("Name").fill("Someone else");
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already has an account" })).toBeVisible();
  await expect(secret).toHaveCount(0);

  const invited = await browser.newContext({ baseURL });
  try {
    const other = await invited.newPage();
    await signIn(other, invitedEmail, password);
    await expect(other.getByRole("banner")).toContainText(invitedName);

    await page.getByRole("button", { name: `Disable ${invitedEmail}` }).click();
    await expect(row.locator(".badge")).toHaveText("disabled");
    await other.goto("/golden");
    await expect(other).toHaveURL(/\/api\/auth\/signout/);
    await expect(other.getByRole("heading", { name: "Golden records" })).toHaveCount(0);
  } finally {
    await invited.close();
  }

  await page.goto(`/audit?actor=${encodeURIComponent(adminEmail)}`);
  const entries = page.getByRole("row").filter({ hasText: invitedEmail });
  await expect(entries.filter({ hasText: "user.invite" })).toContainText(invitedName);
  await expect(entries.filter({ hasText: "user.disable" })).toContainText("Before");
  const csv = await page.request.get(`/api/audit/export?actor=${encodeURIComponent(adminEmail)}&action=user.invite`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(invitedEmail);
});

test("an admin creates a source-less token, sees its secret once, and revokes it; the token is then refused", async ({ page, request }) => {
  await signIn(page, adminEmail);
  await page.goto("/admin/tokens");
  const create = page.getByRole("region", { name: "Create a token" });
  await create.getByLabel("Name").fill(tokenName);
  await create.getByLabel("Role").selectOption("VIEWER");
  await create.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("one-time-secret").innerText();
  expect(secret).toMatch(/^ghk_/);

  const asToken = { headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, data: { query: "{ goldenRecords(first: 1) { totalCount } }" } };
  expect((await request.post("/api/graphql", asToken)).status()).toBe(200);

  const row = page.getByRole("row").filter({ hasText: tokenName });
  await expect(row).toContainText("viewer");
  await row.getByText("Revoke", { exact: true }).click();
  await row.getByRole("button", { name: `Confirm revoking ${tokenName}` }).click();
  await expect(row.locator(".badge")).toContainText("revoked");
  expect((await request.post("/api/graphql", asToken)).status()).toBe(401);
});

test("a viewer gets neither the admin pages nor the audit log, in the portal or through the export route", async ({ page }) => {
  await signIn(page, "viewer@goldenhub.test");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const link of ["Users", "API tokens", "Audit"]) await expect(nav.getByRole("link", { name: link })).toHaveCount(0);

  await page.goto("/admin/users");
  await expect(page.getByRole("alert").filter({ hasText: "Only administrators can manage users and API tokens." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Invite" })).toHaveCount(0);
  await page.goto("/admin/tokens");
  await expect(page.getByRole("alert").filter({ hasText: "Only administrators can manage users and API tokens." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await page.goto("/audit");
  await expect(page.getByRole("alert").filter({ hasText: "Only approvers and admins can read the audit log." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  const refused = await page.request.get("/api/audit/export");
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: "Only approvers and admins can read the audit log." } });
});
