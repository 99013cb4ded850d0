import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { closeQueues } from "@/workers/contracts";
import { signIn } from "./sign-in";

const tag = `Bulk${randomUUID().slice(0, 8)}`;
let ids: string[] = [];

test.beforeAll(async () => {
  const pair = (first: string, other: string, score: number) => ({ left: { firstName: first, lastName: tag, city: "Bergen" }, right: { firstName: other, lastName: tag, city: "Bergen" }, score });
  ids = (await plantSuspects([pair("Eirik", "Eirick", 0.995), pair("Frida", "Fridah", 0.99), pair("Gunnar", "Gunar", 0.985), pair("Hedda", "Helga", 0.6)])).map((s) => s.id);
});

test.afterAll(async () => {
  await closeQueues();
});

test("a steward merges every suspect above a score in a filter: counted first, confirmed, run in the background with a progress bar", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  await page.goto(`/suspects?q=${tag}`);
  await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(4);

  await page.getByLabel("Merge every suspect in this filter scoring at least (%)").fill("98");
  await page.getByRole("button", { name: "Count them…" }).click();
  const confirm = page.getByRole("region", { name: "Bulk merge" });
  await expect(confirm).toContainText("3 open suspects in this filter score 98% or more");
  await confirm.getByRole("button", { name: "Merge 3 suspects" }).click();

  await expect(page.locator("#bulk-merge-bar")).toBeVisible();
  await expect(page.getByText("Bulk merge finished: 3 of 3 merged.")).toBeVisible({ timeout: 30_000 });

  const suspects = await prisma.duplicateSuspect.findMany({ where: { id: { in: ids } }, orderBy: { score: "desc" } });
  expect(suspects.map((s) => s.status)).toEqual(["MERGED", "MERGED", "MERGED", "OPEN"]);
  for (const s of suspects.slice(0, 3)) {
    const [left, right] = await Promise.all([s.leftId, s.rightId].map((id) => prisma.goldenRecord.findUniqueOrThrow({ where: { id } })));
    expect([left.status, right.status].sort()).toEqual(["ACTIVE", "MERGED"]);
  }
  await page.goto(`/suspects?q=${tag}`);
  await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Hedda" })).toHaveCount(1);
});
