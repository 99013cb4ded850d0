import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { closeQueues } from "@/workers/contracts";
import { signIn } from "./sign-in";

const tag = `Kbd${randomUUID().slice(0, 8)}`;
let ids: string[] = [];

test.beforeAll(async () => {
  const pair = (first: string, other: string, score: number) => ({ left: { firstName: first, lastName: tag, city: "Oslo" }, right: { firstName: other, lastName: tag, city: "Oslo" }, score });
  ids = (await plantSuspects([pair("Astrid", "Astri", 0.9), pair("Bjørn", "Bjorn", 0.8), pair("Cecilie", "Cecile", 0.7), pair("Dagny", "Dagnie", 0.6)])).map((s) => s.id);
});

// The database pools stay open: Playwright runs every spec file in one worker process, and later specs share them.
test.afterAll(async () => {
  await closeQueues();
});

const suspectUrl = (i: number) => new RegExp(`/suspects/${ids[i]}\\?q=${tag}(&|$)`);
const status = (i: number) => prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: ids[i] } });

/** Opens the shortcuts overlay with `?` and closes it with Esc; pressing until it opens also waits for the page to take keys. */
async function openAndCloseHelp(page: Page) {
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
}

test("a steward works the queue by keyboard: open, assign, skip, rule out, go back, defer, merge", async ({ page }) => {
  await signIn(page, "steward@goldenhub.test");
  const steward = await prisma.user.findUniqueOrThrow({ where: { email: "steward@goldenhub.test" } });

  await page.goto(`/suspects?q=${tag}`);
  await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(4);
  await openAndCloseHelp(page);
  const search = page.getByLabel("Name, email or phone");
  await search.fill("");
  await search.pressSequentially("jj");
  await expect(page.locator('tr[aria-current="true"]')).toHaveCount(0);
  await search.blur();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(page.locator('tr[aria-current="true"]')).toContainText("Astrid");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(suspectUrl(0));

  await openAndCloseHelp(page);
  await page.keyboard.press("a");
  await expect(page.getByRole("status")).toContainText("Assigned.");
  await expect(page.locator(".page-head")).toContainText("assigned to you");
  expect((await status(0)).assigneeId).toBe(steward.id);

  await page.keyboard.press("s");
  await expect(page).toHaveURL(suspectUrl(1));
  expect((await status(0)).status).toBe("OPEN");

  await page.keyboard.press("n");
  await expect(page).toHaveURL(suspectUrl(2));
  await expect(page.getByRole("status")).toContainText("not a duplicate");
  expect((await status(1)).status).toBe("NOT_DUPLICATE");

  await page.keyboard.press("k");
  await expect(page).toHaveURL(suspectUrl(0));
  await page.keyboard.press("j");
  await expect(page).toHaveURL(suspectUrl(2));

  await page.keyboard.press("d");
  await expect(page.getByLabel("Defer until")).toBeFocused();
  await page.keyboard.press("m");
  expect((await status(2)).status).toBe("OPEN");
  await page.getByRole("button", { name: "Defer", exact: true }).click();
  await expect(page).toHaveURL(suspectUrl(3));
  expect((await status(2)).deferredUntil?.getTime()).toBeGreaterThan(Date.now());

  const pick = page.locator('input[name="pick.firstName"]:not([value=""])');
  const picked = await pick.getAttribute("value");
  await pick.check();
  await page.keyboard.press("m");
  await expect(page).toHaveURL(/\/golden\/[^/?]+\?notice=merged/);
  expect((await status(3)).status).toBe("MERGED");
  const survivorId = new URL(page.url()).pathname.split("/").pop()!;
  const survivor = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId } });
  expect((survivor.attributes as { firstName?: string }).firstName).toBe(picked);

  await page.goto(`/suspects?q=${tag}`);
  await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(1);
  await page.goto(`/suspects?q=${tag}&deferred=1`);
  await expect(page.getByRole("row").filter({ hasText: "Cecilie" })).toHaveCount(1);
});
