import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/src/auth/password";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { setApprovalRule } from "@/src/stewardship/change-requests/approval-rules";
import { sourceWithToken } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { e2ePassword } from "./global-setup";
import { signIn } from "./sign-in";

const run = randomUUID().slice(0, 8);
const approverEmail = `approver-${run}@goldenhub.test`;
const hub = systemPrincipal("e2e:stewardship");

/** Pushes records as a source would and waits for the running worker to match them; returns each record's golden id. */
async function pushed(records: { externalId: string; attributes: Record<string, string> }[]): Promise<Map<string, string>> {
  const { source } = await sourceWithToken({ kind: "CRM" });
  const { batchId } = await acceptBatch({ sourceKey: source.key, principal: hub, body: { records } });
  await expect.poll(async () => (await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 20_000 }).toBe("DONE");
  const stored = await prisma.sourceRecord.findMany({ where: { sourceId: source.id } });
  return new Map(stored.map((r) => [r.externalId, r.goldenRecordId]));
}

test.beforeAll(async () => {
  await prisma.user.create({ data: { email: approverEmail, name: `Ålesund Approver ${run}`, role: "APPROVER", passwordHash: await hashPassword(e2ePassword) } });
});

test.afterAll(async () => {
  await setApprovalRule({ action: "edit", required: false, principal: hub });
  await prisma.user.delete({ where: { email: approverEmail } });
  await closeQueues();
});

test("a steward's correction waits for a second person, who approves it; the record then shows the steward override", async ({ page, browser }) => {
  await setApprovalRule({ action: "edit", required: true, principal: hub });
  const goldenId = (await pushed([{ externalId: "C-1", attributes: { firstName: "Sigrid", lastName: `Fjeld${run}`, city: "Bergen", country: "NO" } }])).get("C-1")!;

  await signIn(page, "steward@goldenhub.test");
  await page.goto(`/golden/${goldenId}`);
  const cityRow = (p: Page) => p.getByRole("region", { name: "Attributes and lineage" }).getByRole("row", { name: /^City/ });
  await cityRow(page).getByRole("link", { name: "Edit" }).click();
  const form = page.locator("form#correct");
  await expect(form.getByLabel("Attribute")).toHaveValue("city");
  await form.getByLabel("Value").fill("Trondheim");
  const reason = `customer moved, told us by phone (${run})`;
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status")).toContainText("Sent for approval");
  await expect(cityRow(page)).toContainText("Bergen");

  const approver = await browser.newPage();
  await signIn(approver, approverEmail);
  await approver.goto("/requests");
  const request = approver.getByRole("listitem").filter({ hasText: reason });
  await expect(request).toContainText("user:steward@goldenhub.test asked");
  await request.getByRole("button", { name: "Approve" }).click();
  await expect(approver.getByRole("listitem").filter({ hasText: reason })).toHaveCount(0);

  await page.goto(`/golden/${goldenId}`);
  const city = cityRow(page);
  await expect(city).toContainText("Trondheim");
  await expect(city).toContainText("steward override");
  await expect(city).toContainText(reason);
  await approver.close();
});

test("a steward undoes a wrong merge from the record's page, and both records stand again", async ({ page }) => {
  const ids = await pushed([
    { externalId: "P-1", attributes: { firstName: "Arne", lastName: `Vik${run}`, city: "Tromsø" } },
    { externalId: "O-1", attributes: { organizationName: `Vik ${run} Fiskeri AS`, city: "Bodø" } },
  ]);
  const { survivorId, mergedId } = await writeGoldenRecords(hub, (w) => w.merge({ aId: ids.get("P-1")!, bId: ids.get("O-1")!, reason: "e2e: a wrong merge" }));

  await signIn(page, "steward@goldenhub.test");
  await page.goto(`/golden/${survivorId}`);
  const merges = page.getByRole("region", { name: "Merges into this record" });
  await merges.getByText("Undo this merge…").click();
  await merges.getByLabel("Reason").fill("a fisherman and his company");
  await merges.getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByRole("status")).toContainText("Merge undone");
  await expect(page.getByRole("region", { name: "Merges into this record" })).toContainText("undone");

  await page.goto(`/golden/${mergedId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("active");
  expect((await prisma.goldenRecord.findUniqueOrThrow({ where: { id: mergedId } })).status).toBe("ACTIVE");
});
