import { randomBytes, scryptSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

const password = "correct horse battery staple";
let stored = "";

beforeAll(async () => {
  stored = await hashPassword(password);
});

describe("hashPassword and verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("never stores the password itself, and salts each hash", async () => {
    const again = await hashPassword(password);
    expect(stored).not.toContain(password);
    expect(again).not.toBe(stored);
    expect(await verifyPassword(password, again)).toBe(true);
  });

  it("handles passwords with non-ASCII characters", async () => {
    const umlaut = await hashPassword("Größe-Ünïcödé-密码");
    expect(await verifyPassword("Größe-Ünïcödé-密码", umlaut)).toBe(true);
    expect(await verifyPassword("Grosse-Unicode-密码", umlaut)).toBe(false);
  });

  it("still verifies a hash made with other cost parameters, so the cost can be raised without locking users out", async () => {
    const salt = randomBytes(16);
    const key = scryptSync(password, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const older = ["scrypt", 2 ** 14, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(await verifyPassword(password, older)).toBe(true);
    expect(await verifyPassword("wrong", older)).toBe(false);
  });

  it("never matches a stored hash of another scheme or with parts missing", async () => {
    const parts = stored.split("$");
    const malformed = [
      "",
      "scrypt",
      password,
      `bcrypt$${parts.slice(1).join("$")}`,
      `SCRYPT$${parts.slice(1).join("$")}`,
      parts.slice(0, 5).join("$"),
      [...parts.slice(0, 4), "", parts[5]].join("$"),
    ];
    for (const hash of malformed) expect(await verifyPassword(password, hash), JSON.stringify(hash)).toBe(false);
  });

  it("never matches a stored hash whose key decodes to nothing, whatever password is typed", async () => {
    const [scheme, n, r, p, salt] = stored.split("$");
    for (const key of ["=", "!!!!"]) {
      const hash = [scheme, n, r, p, salt, key].join("$");
      expect(await verifyPassword("any password at all", hash), JSON.stringify(hash)).toBe(false);
    }
  });

  it("answers no, rather than failing, for a stored hash with unreadable cost parameters", async () => {
    const [scheme, , r, p, salt, key] = stored.split("$");
    for (const n of ["abc", String(2 ** 24)]) {
      await expect(verifyPassword(password, [scheme, n, r, p, salt, key].join("$")), `N=${n}`).resolves.toBe(false);
    }
  });
});
