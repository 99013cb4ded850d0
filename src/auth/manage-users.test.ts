import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { authenticateUser } from "./authenticate-user";
import { changeUserRole } from "./change-user-role";
import { inviteUser } from "./invite-user";
import { listUsers } from "./list-users";
import { systemPrincipal, type Principal } from "./principal";
import { principalForUser } from "./principal-for-user";
import { setUserDisabled } from "./set-user-disabled";

const run = randomUUID().slice(0, 8);
const email = (who: string) => `${who}-${run}@manage-users.test`;
let admin: Principal;

const auditOf = (targetId: string) => prisma.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  const { user } = await inviteUser({ principal: systemPrincipal("test:manage-users"), email: email("admin"), name: "Ada Admin", role: "ADMIN" });
  admin = await principalForUser(user.id);
});

afterAll(async () => {
  await closeDb();
});

describe("inviteUser", () => {
  it("creates a user who signs in with the one-time password, and audits it without the password", async () => {
    const { user, password } = await inviteUser({ principal: admin, email: ` ${email("Nina").toUpperCase()} `, name: "  Nína Ñúñez  ", role: "STEWARD" });
    expect(user).toMatchObject({ email: email("nina"), name: "Nína Ñúñez", role: "STEWARD" });
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$/);
    expect(await authenticateUser({ method: "password", email: email("nina"), password })).toMatchObject({ id: user.id, role: "STEWARD" });
    const [entry] = await auditOf(user.id);
    expect(entry).toMatchObject({ actor: admin.label, action: "user.invite", targetType: "User", data: { after: { email: email("nina"), name: "Nína Ñúñez", role: "STEWARD" } } });
    const stored = JSON.stringify(entry.data);
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(passwordHash);
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    await inviteUser({ principal: admin, email: email("dup"), name: "First", role: "VIEWER" });
    await expect(inviteUser({ principal: admin, email: email("DUP"), name: "Second", role: "VIEWER" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Email: .* already has an account/) });
    expect(await prisma.user.count({ where: { email: { equals: email("dup"), mode: "insensitive" } } })).toBe(1);
  });

  it("names each field that is wrong: a bad email, an empty name, an unknown role", async () => {
    const error = await inviteUser({ principal: admin, email: "not-an-email", name: "  ", role: "SUPERUSER" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(["email", "name", "role"]);
    expect((error as Error).message).toMatch(/Email: .*Name: .*Role: /);
  });

  it("is refused to anyone but an admin", async () => {
    const steward: Principal = { kind: "user", id: "x", label: "user:steward", role: "STEWARD", sourceId: null };
    await expect(inviteUser({ principal: steward, email: email("no"), name: "No", role: "VIEWER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers({ principal: steward })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("changeUserRole", () => {
  it("changes the role at once, audits before and after, and does nothing when the role is the same", async () => {
    const { user } = await inviteUser({ principal: admin, email: email("rolf"), name: "Rolf", role: "VIEWER" });
    expect(await changeUserRole({ principal: admin, userId: user.id, role: "APPROVER" })).toEqual({ role: "APPROVER", changed: true });
    expect((await principalForUser(user.id)).role).toBe("APPROVER");
    expect(await changeUserRole({ principal: admin, userId: user.id, role: "APPROVER" })).toEqual({ role: "APPROVER", changed: false });
    const entries = await auditOf(user.id);
    expect(entries.map((e) => e.action)).toEqual(["user.invite", "user.role-change"]);
    expect(entries[1].data).toMatchObject({ before: { role: "VIEWER" }, after: { role: "APPROVER" } });
  });

  it("refuses an admin demoting themselves, and an unknown role", async () => {
    await expect(changeUserRole({ principal: admin, userId: admin.id, role: "STEWARD" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/cannot change your own role/) });
    await expect(changeUserRole({ principal: admin, userId: admin.id, role: "ROOT" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringMatching(/^Role: /) });
    expect((await principalForUser(admin.id)).role).toBe("ADMIN");
  });

  it("answers NOT_FOUND for a user that does not exist", async () => {
    await expect(changeUserRole({ principal: admin, userId: randomUUID(), role: "VIEWER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("setUserDisabled", () => {
  it("disables a user, whose session principalForUser then refuses, and enables them again; both audited", async () => {
    const { user } = await inviteUser({ principal: admin, email: email("dora"), name: "Dora", role: "STEWARD" });
    expect(await setUserDisabled({ principal: admin, userId: user.id, disabled: true })).toEqual({ changed: true });
    await expect(principalForUser(user.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/disabled/) });
    expect(await setUserDisabled({ principal: admin, userId: user.id, disabled: true })).toEqual({ changed: false });
    await setUserDisabled({ principal: admin, userId: user.id, disabled: false });
    expect((await principalForUser(user.id)).role).toBe("STEWARD");
    const entries = await auditOf(user.id);
    expect(entries.map((e) => [e.action, e.data])).toEqual([
      ["user.invite", expect.anything()],
      ["user.disable", { email: email("dora"), before: { disabled: false }, after: { disabled: true } }],
      ["user.enable", { email: email("dora"), before: { disabled: true }, after: { disabled: false } }],
    ]);
  });

  it("refuses an admin disabling themselves", async () => {
    await expect(setUserDisabled({ principal: admin, userId: admin.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/cannot disable your own account/) });
  });

  it("keeps the last enabled admin: neither disabled nor demoted, by anyone", async () => {
    const others = await prisma.user.findMany({ where: { role: "ADMIN", disabledAt: null, id: { not: admin.id } }, select: { id: true } });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    try {
      const hub = systemPrincipal("test:manage-users");
      await expect(setUserDisabled({ principal: hub, userId: admin.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last enabled administrator/) });
      await expect(changeUserRole({ principal: hub, userId: admin.id, role: "VIEWER" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last enabled administrator/) });
      const { user: second } = await inviteUser({ principal: hub, email: email("second-admin"), name: "Second", role: "ADMIN" });
      expect(await changeUserRole({ principal: hub, userId: admin.id, role: "APPROVER" })).toMatchObject({ changed: true });
      await expect(setUserDisabled({ principal: hub, userId: second.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT" });
      await changeUserRole({ principal: hub, userId: admin.id, role: "ADMIN" });
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
    }
  });
});

describe("listUsers", () => {
  it("lists users with role and status, enabled first, and no password hashes", async () => {
    const { user } = await inviteUser({ principal: admin, email: email("listed"), name: "Listed", role: "VIEWER" });
    await setUserDisabled({ principal: admin, userId: user.id, disabled: true });
    const users = await listUsers({ principal: admin });
    const listed = users.find((u) => u.id === user.id);
    expect(listed).toMatchObject({ email: email("listed"), role: "VIEWER", disabledAt: expect.any(Date) });
    expect(Object.keys(listed ?? {})).not.toContain("passwordHash");
    expect(users.findIndex((u) => u.disabledAt)).toBeGreaterThan(users.findLastIndex((u) => !u.disabledAt));
  });
});
