import { expect, test } from "@playwright/test";
import { startReceiver, type Receiver } from "@/demo/webhook-receiver";
import { allowEndpoint } from "@/src/testing/allow-endpoint";
import { prisma } from "@/src/db";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { sourceWithToken, unique, webhookSecret } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { e2ePassword } from "./global-setup";

/**
 * The foundation's promise in the browser: a steward merges a suspect that real
 * ingest proposed, sees the merged golden record, and the subscriber receives
 * a signed golden.merged webhook from the running worker.
 */
/** The running worker matches what was pushed; the test waits for it as a source system would. */
async function matched(batchId: string) {
  await expect.poll(async () => (await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 20_000 }).toBe("DONE");
}

test.describe("steward merges a duplicate suspect", () => {
  let receiver: Receiver;
  let subscriberId: string;
  let suspectId: string;
  const lastName = `Brandwijk${unique()}`;

  test.beforeAll(async () => {
    const secret = webhookSecret();
    receiver = await startReceiver({ secret });
    await allowEndpoint(receiver.url);
    subscriberId = (await prisma.subscriber.create({ data: { name: "e2e receiver", url: receiver.url, secret, eventTypes: ["golden.merged"] } })).id;
    const { source } = await sourceWithToken({ kind: "CRM" });
    const principal = { kind: "token" as const, id: "e2e", label: "e2e", role: "STEWARD" as const, sourceId: null };
    const person = { firstName: "Marieke", city: "Utrecht", postalCode: "3511 AB", country: "NL" };
    const { batchId } = await acceptBatch({
      sourceKey: source.key,
      principal,
      body: { records: [{ externalId: "M-1", attributes: { ...person, lastName } }] },
    });
    await matched(batchId);
    const second = await acceptBatch({
      sourceKey: source.key,
      principal,
      body: { records: [{ externalId: "M-2", attributes: { ...person, lastName: lastName.replace("dw", "wd") } }] },
    });
    await matched(second.batchId);
    const xref = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: source.id, externalId: "M-2" } });
    suspectId = (
      await prisma.duplicateSuspect.findFirstOrThrow({ where: { OR: [{ leftId: xref.goldenRecordId }, { rightId: xref.goldenRecordId }] } })
    ).id;
  });

  // The database pools stay open: Playwright runs every spec file in one worker process, and later specs share them.
  test.afterAll(async () => {
    await prisma.subscriber.update({ where: { id: subscriberId }, data: { active: false } });
    await receiver.close();
    await closeQueues();
  });

  test("merge from the suspects list, see the survivor, receive golden.merged", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("steward@goldenhub.test");
    await page.getByLabel("Password").fill(e2ePassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).not.toHaveURL(/\/login/);

    await page.goto("/suspects");
    await expect(page.getByRole("heading", { name: "Duplicate suspects" })).toBeVisible();
    await page.locator(`a[href="/suspects/${suspectId}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/suspects/${suspectId}$`));
    await expect(page.getByText("Utrecht").first()).toBeVisible();

    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page).toHaveURL(/\/golden\/[^/]+/);
    const survivorId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect(page.getByText("Marieke").first()).toBeVisible();

    const survivor = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId }, include: { sourceRecords: true } });
    expect(survivor.status).toBe("ACTIVE");
    expect(survivor.sourceRecords.map((r) => r.externalId).sort()).toEqual(["M-1", "M-2"]);

    const event = await receiver.waitFor((e) => e.type === "golden.merged" && e.data.goldenRecordId === survivorId, 30_000);
    expect(event.data.mergedIds).toHaveLength(1);
    expect(receiver.refused).toEqual([]);
  });
});
