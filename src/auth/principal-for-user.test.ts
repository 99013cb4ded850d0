import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { principalForUser } from "./principal-for-user";

const run = randomUUID().slice(0, 8);
const ids = { steward: "", disabled: "" };

beforeAll(async () => {
  ids.steward = (await prisma.user.create({ data: { email: `steward-${run}@principal.test`, name: "Stella Steward", role: "STEWARD" } })).id;
  ids.disabled = (await prisma.user.create({ data: { email: `disabled-${run}@principal.test`, name: "Dora Disabled", role: "ADMIN", disabledAt: new Date() } })).id;
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${run}@principal.test` } } });
  await closeDb();
});

describe("principalForUser", () => {
  it("names the user by email and takes the role from the User row", async () => {
    expect(await principalForUser(ids.steward)).toEqual({
      kind: "user",
      id: ids.steward,
      label: `user:steward-${run}@principal.test`,
      role: "STEWARD",
      sourceId: null,
    });
  });

  it("sees a role change at once, without a new sign-in", async () => {
    await prisma.user.update({ where: { id: ids.steward }, data: { role: "VIEWER" } });
    expect((await principalForUser(ids.steward)).role).toBe("VIEWER");
  });

  it("refuses a disabled user, whatever their role", async () => {
    await expect(principalForUser(ids.disabled)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/disabled/) });
  });

  it("refuses a user who no longer exists", async () => {
    await expect(principalForUser(randomUUID())).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/no longer exists/) });
  });
});
