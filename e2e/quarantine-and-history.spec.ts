import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2ePassword, openFixtureDb } from "./global-setup";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const longName = `Longname ${run} ${"X".repeat(480)}`;
const ids = { source: "", golden: "", rejected: [] as string[] };
const externalId = (what: string) => `EXT-${what}-${run}`;

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(e2ePassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

test.beforeAll(async () => {
  const source = await prisma.source.create({ data: { key: `e2e-quarantine-${run}`, name: `Quarantine CRM ${run}`, kind: "CRM" } });
  ids.source = source.id;
  const quarantined = [
    { what: "fixed", attributes: { organizationName: `Fixed ${run} GmbH`, email: `fixed-${run}@quarantine.test` } },
    { what: "still-bad", attributes: { organizationName: `Still bad ${run}`, nickname: "sb" } },
    { what: "test-record", attributes: { organizationName: `Test ${run}`, nickname: "qa" } },
  ];
  for (const q of quarantined) {
    const row = await prisma.rejectedRecord.create({
      data: { sourceId: source.id, externalId: externalId(q.what), payload: { externalId: externalId(q.what), attributes: q.attributes }, reasons: [{ path: "attributes", message: "failed an older check" }] },
    });
    ids.rejected.push(row.id);
  }
  const streets = ["Lange Straße 5", "Lange Straße der Einheit 5", "Lange Straße der Einheit 7"];
  const snapshot = (street: string) => ({ organizationName: longName, street, city: "Hamburg" });
  const golden = await prisma.goldenRecord.create({ data: { displayName: longName, attributes: snapshot(streets[2]), lineage: {}, version: 3 } });
  ids.golden = golden.id;
  await prisma.goldenRecordVersion.createMany({
    data: streets.map((street, i) => ({ goldenRecordId: golden.id, version: i + 1, attributes: snapshot(street), lineage: {}, status: "ACTIVE" as const, reason: `street change ${i + 1}`, actor: "e2e:history" })),
  });
});

test.afterAll(async () => {
  await prisma.rejectedRecord.deleteMany({ where: { id: { in: ids.rejected } } });
  await prisma.goldenRecordVersion.deleteMany({ where: { goldenRecordId: ids.golden } });
  await prisma.goldenRecord.deleteMany({ where: { id: ids.golden } });
  await prisma.$disconnect();
});

test("a steward retries a fixed quarantined record, sees why another still fails, and dismisses a third with a reason", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await page.goto("/quarantine");
  const row = (what: string) => page.getByRole("row").filter({ hasText: externalId(what) });

  await row("fixed").getByRole("button", { name: `Retry ${externalId("fixed")}` }).click();
  await expect(page.getByRole("status")).toContainText("1 record passed, left quarantine");
  await expect(row("fixed")).toHaveCount(0);
  expect(await prisma.rejectedRecord.count({ where: { id: ids.rejected[0] } })).toBe(0);

  await row("still-bad").getByRole("button", { name: `Retry ${externalId("still-bad")}` }).click();
  await expect(row("still-bad").getByRole("alert")).toContainText("Still fails");
  await expect(row("still-bad")).toContainText('Unrecognized key: "nickname"');

  await row("test-record").getByText("Dismiss…").click();
  await row("test-record").getByLabel("Reason").fill("a QA record from the source's test system");
  await row("test-record").getByRole("button", { name: `Dismiss ${externalId("test-record")}` }).click();
  await expect(page.getByRole("status")).toContainText("Dismissed");
  await expect(row("test-record")).toHaveCount(0);
  const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "quarantine.dismiss", targetId: ids.rejected[2] } });
  expect(audit.data).toMatchObject({ reason: "a QA record from the source's test system", before: { externalId: externalId("test-record") } });
});

test("the record page compares two versions word by word and says when a version does not exist", async ({ page }) => {
  await signIn(page, "viewer@goldenhub.test");
  await page.goto(`/golden/${ids.golden}`);
  await page.getByRole("link", { name: "Compare version 2 with version 1" }).click();
  await expect(page).toHaveURL(/from=1&to=2/);
  const compare = page.locator("#compare");
  const street = compare.getByRole("row", { name: /^Street/ });
  await expect(street.locator("ins")).toHaveText(/der Einheit/);
  await expect(street.getByRole("cell").nth(0)).toContainText("Lange Straße 5");

  await compare.getByLabel("From version").fill("1");
  await compare.getByLabel("To version").fill("9");
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(compare.getByRole("alert")).toHaveText("Version 9 does not exist: this record has versions 1 to 3.");
});

test("no page is wider than a 390 px phone, even with a 500-character name", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", `/golden?q=${encodeURIComponent(`Longname ${run}`)}`, `/golden/${ids.golden}?from=1&to=3`, "/quarantine", "/suspects"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
