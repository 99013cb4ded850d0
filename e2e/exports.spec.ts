import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { e2ePassword, openFixtureDb } from "./global-setup";
import { signIn } from "./sign-in";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@exports-e2e.test`;
const organizationName = `Müller, "Söhne" & Co ${run}`;
let goldenId = "";

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
  const golden = await prisma.goldenRecord.create({ data: { displayName: organizationName, attributes: { organizationName, city: "Zürich" }, lineage: {} } });
  goldenId = golden.id;
});

test.afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: adminEmail } });
  await prisma.goldenRecord.deleteMany({ where: { id: goldenId } });
  await prisma.$disconnect();
});

test("an admin downloads the golden records as CSV from the Exports page, which fits a phone", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, adminEmail);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exports" }).click();
  await expect(page.getByRole("heading", { name: "Exports", level: 1 })).toBeVisible();
  for (const title of ["Golden records", "Cross-references", "Duplicate suspects", "Change events"]) {
    await expect(page.getByRole("region", { name: title }).getByRole("link", { name: /as NDJSON$/ })).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("exports-1440.png"), fullPage: true });

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download golden records as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^goldenhub-golden-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  expect(text.split("\r\n")[0]).toMatch(/^id,displayName,status,version,mergedIntoId,sourceCount,createdAt,updatedAt,firstName,/);
  expect(text).toContain(`${goldenId},"Müller, ""Söhne"" & Co ${run}",ACTIVE,1,,0,`);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("link", { name: "Download change events as NDJSON" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath("exports-390.png"), fullPage: true });
});

test("a steward is refused the page and the downloads", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exports" })).toHaveCount(0);
  await page.goto("/admin/exports");
  await expect(page.getByRole("alert").filter({ hasText: "Only administrators can download exports." })).toBeVisible();
  const res = await page.request.get("/api/exports/golden");
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
});
