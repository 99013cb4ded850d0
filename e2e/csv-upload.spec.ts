import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { e2ePassword, openFixtureDb } from "./global-setup";
import { signIn } from "./sign-in";

const prisma = openFixtureDb();

// Fixture names carry this run's token, so the spec finds its own rows among anyone else's.
const run = randomUUID().slice(0, 8);
const adminEmail = `admin-${run}@csv-e2e.test`;
const sourceKey = `csv-e2e-${run}`;
const fileName = `Kunden März ${run}.csv`;
const longNote = `Rückruf erbeten ${run}, bitte vormittags. `.repeat(30);

// Excel's export in a German locale: semicolons, a quoted header with spaces around it, one with a comma, a long note, a short row.
const csv =
  [
    `Kundennummer;" E-Mail (privat) ";Nachname;Vorname;PLZ;Ort;"Firma, Name";Bemerkung`,
    `K-1-${run};anna.${run}@csv-e2e.test;Lindqvist${run};Anna;20095;Hamburg;;${longNote}`,
    `K-2-${run};ben.${run}@csv-e2e.test;Okafor${run};Ben;10115;Berlin;Okafor Logistik ${run} GmbH;`,
    `K-3-${run};nur drei;Felder`,
  ].join("\r\n") + "\r\n";

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: adminEmail, name: `Admin ${run}`, role: "ADMIN", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: adminEmail } });
  await prisma.$disconnect();
});

async function openImport(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Import a CSV file" }).click();
  await expect(page.getByRole("heading", { name: "Import a CSV file", level: 1 })).toBeVisible();
}

async function upload(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Upload and preview" }).click();
}

test("an admin uploads a CSV, maps its columns from the preview, starts the import and watches it reach done", async ({ page }) => {
  // The worker started with the web server matches the rows; its first job can take a while to start.
  test.setTimeout(180_000);
  await signIn(page, adminEmail);
  await openImport(page);
  await upload(page, fileName, Buffer.from(csv, "utf8"));

  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Map the columns of ${fileName}`);
  await expect(page.locator("dl.meta")).toContainText("semicolon");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("columnheader", { name: "E-Mail (privat)", exact: true })).toBeVisible();
  await expect(preview.getByRole("columnheader", { name: "Firma, Name", exact: true })).toBeVisible();
  await expect(preview.getByRole("cell", { name: new RegExp(`Rückruf erbeten ${run}`) })).toContainText(/… \([\d,]+ characters\)/);

  const mapping = page.getByRole("region", { name: "Map the columns" });
  const column = (name: string) => mapping.getByLabel(`Attribute for column ${name}`, { exact: true });
  await expect(column("E-Mail (privat)")).toHaveValue("email");
  await expect(column("Nachname")).toHaveValue("lastName");
  await expect(column("Vorname")).toHaveValue("firstName");
  await expect(column("PLZ")).toHaveValue("postalCode");
  await expect(column("Ort")).toHaveValue("city");
  await expect(column("Firma, Name")).toHaveValue("organizationName");
  await expect(column("Bemerkung")).toHaveValue("");
  await expect(mapping.getByLabel("Id column", { exact: true })).toHaveValue("0");

  // A second column for one attribute is refused next to it, and nothing typed is lost.
  await mapping.getByLabel("New source key", { exact: true }).fill(sourceKey);
  await mapping.getByLabel("Default country").fill("de");
  await column("Bemerkung").selectOption("email");
  await mapping.getByRole("button", { name: "Start import" }).click();
  await expect(mapping.getByRole("alert").filter({ hasText: "The import was not started" })).toBeVisible();
  await expect(column("Bemerkung")).toHaveAttribute("aria-invalid", "true");
  await expect(mapping.getByText("Bemerkung: fills email, as column 'E-Mail (privat)' does; keep one")).toBeVisible();
  await expect(mapping.getByLabel("New source key", { exact: true })).toHaveValue(sourceKey);
  expect(await prisma.source.count({ where: { key: sourceKey } })).toBe(0);

  await column("Bemerkung").selectOption({ label: "Ignore" });
  await mapping.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Importing ${fileName}`);
  const progress = page.getByRole("region", { name: /^Progress/ });
  await expect(progress.getByRole("status")).toContainText(`Done: 3 rows imported into ${sourceKey}`, { timeout: 150_000 });
  await expect(progress).toContainText("Rows stored: 3 of 3");
  await expect(progress).toContainText("Records matched: 2 of 2");
  await expect(progress.getByRole("link", { name: "quarantine" })).toHaveAttribute("href", "/quarantine");

  const source = await prisma.source.findUniqueOrThrow({ where: { key: sourceKey } });
  expect(source.kind).toBe("CSV");
  const records = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, orderBy: { externalId: "asc" }, include: { goldenRecord: true } });
  expect(records.map((r) => [r.externalId, r.goldenRecord?.status])).toEqual([
    [`K-1-${run}`, "ACTIVE"],
    [`K-2-${run}`, "ACTIVE"],
  ]);
  expect(records[0].goldenRecord?.attributes).toMatchObject({ firstName: "Anna", lastName: `Lindqvist${run}`, postalCode: "20095", country: "DE" });
  expect(records[1].goldenRecord?.attributes).toMatchObject({ organizationName: `Okafor Logistik ${run} GmbH` });
  const rejected = await prisma.rejectedRecord.findMany({ where: { sourceId: source.id } });
  expect(rejected.map((r) => r.externalId)).toEqual([`K-3-${run}`]);
});

test("on a 390 px phone, a file that is not UTF-8 is refused with the way out, then previewed as Windows-1252 and discarded", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.setViewportSize({ width: 390, height: 844 });
  await openImport(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const latin1 = Buffer.from(`Name;Straße;Ort\nJürgen Groß ${run};Hauptstraße 5;Köln\n${"Ä".repeat(300)};;\n`, "latin1");
  await upload(page, `alt-${run}.csv`, latin1);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`alt-${run}.csv is not UTF-8 text: line 1`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("choosing Windows-1252");

  await page.getByLabel("Encoding").selectOption("windows-1252");
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Map the columns of alt-${run}.csv`);
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("cell", { name: `Jürgen Groß ${run}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Map the columns" }).getByLabel("Attribute for column Straße", { exact: true })).toHaveValue("street");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("button", { name: "Discard this upload" }).click();
  await expect(page.getByRole("heading", { name: "Import a CSV file", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/sources\/import$/);
});

test("a steward is told why there is no import, and the Sources page offers none", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await page.goto("/sources");
  await expect(page.getByRole("link", { name: "Import a CSV file" })).toHaveCount(0);
  await page.goto("/sources/import");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Only administrators can register, pause and sync sources.");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("ask an administrator to import it for you");
  await expect(page.getByLabel("CSV file", { exact: true })).toHaveCount(0);
});
