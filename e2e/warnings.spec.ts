import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2ePassword, openFixtureDb } from "./global-setup";

const prisma = openFixtureDb();
const run = randomUUID().slice(0, 8);
const ids = { source: "", token: "" };
const secret = `ghk_${randomBytes(24).toString("base64url")}`;
// Long and odd on purpose: the page must stay readable with a 140-character company name and other scripts.
const organization = `Internationale Speditions- und Lagerhausgesellschaft Nordwest-Rheinland mbH & Co. KG (Zweigniederlassung Düsseldorf-Heerdt) ${run}`;

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill("steward@goldenhub.test");
  await page.getByLabel("Password").fill(e2ePassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

test.beforeAll(async () => {
  const source = await prisma.source.create({ data: { key: `e2e-warn-${run}`, name: `Legacy ERP 北京 ${run}`, kind: "ERP" } });
  ids.source = source.id;
  const token = await prisma.apiToken.create({
    data: { name: `e2e ${run}`, role: "STEWARD", sourceId: source.id, tokenHash: createHash("sha256").update(secret).digest("hex"), prefix: secret.slice(0, 10) },
  });
  ids.token = token.id;
});

test.afterAll(async () => {
  await prisma.apiToken.delete({ where: { id: ids.token } });
  await prisma.$disconnect();
});

test("a steward sees which values a source sent that the hub left out or doubts, and why", async ({ page, request }) => {
  const res = await request.post(`/api/sources/e2e-warn-${run}/records`, {
    headers: { authorization: `Bearer ${secret}` },
    data: {
      records: [
        {
          externalId: `W-${run}`,
          attributes: { organizationName: organization, email: "buchhaltung at spedition dot de", dateOfBirth: "31/02/1990", country: "Narnia", phone: "+1 485 555 0199", city: "Düsseldorf" },
        },
      ],
    },
  });
  expect(res.status()).toBe(202);
  await expect
    .poll(async () => (await prisma.sourceRecord.findFirst({ where: { sourceId: ids.source, externalId: `W-${run}` } }))?.goldenRecordId ?? null, { timeout: 30_000 })
    .not.toBeNull();
  const { goldenRecordId } = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: ids.source, externalId: `W-${run}` } });

  await signIn(page);
  await page.goto(`/golden/${goldenRecordId}`);
  const xrefs = page.getByRole("region", { name: /Source records/ });
  const email = xrefs.getByRole("row", { name: /^Email/ });
  await expect(email).toContainText("left out");
  await expect(email).toContainText("buchhaltung at spedition dot de");
  await expect(xrefs.getByRole("row", { name: /^Country/ })).toContainText("ISO 3166");
  await expect(xrefs.getByRole("row", { name: /^Date of birth/ })).toContainText("is not a real calendar date");
  const phone = xrefs.getByRole("row", { name: /^Phone/ });
  await expect(phone).toContainText("doubtful");
  await expect(phone).toContainText("kept for matching");
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`golden-warnings-${width}.png`), fullPage: true });
  }
});
