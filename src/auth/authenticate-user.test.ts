import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { authenticateUser } from "./authenticate-user";
import { hashPassword } from "./password";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery staple";
const steward = `steward-${run}@authenticate.test`;
const disabled = `disabled-${run}@authenticate.test`;
const ssoOnly = `sso-${run}@authenticate.test`;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  const passwordHash = await hashPassword(password);
  await prisma.user.createMany({
    data: [
      { email: steward, name: "Stella Steward", role: "STEWARD", passwordHash },
      { email: disabled, name: "Dora Disabled", role: "ADMIN", passwordHash, disabledAt: new Date() },
      { email: ssoOnly, name: "Sam Sso", role: "VIEWER" },
    ],
  });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${run}@authenticate.test` } } });
  await closeDb();
});

describe("authenticateUser with a password", () => {
  it("returns the user and role for the right password, ignoring the email's case", async () => {
    const user = await authenticateUser({ method: "password", email: ` ${steward.toUpperCase()} `, password });
    expect(user).toMatchObject({ email: steward, name: "Stella Steward", role: "STEWARD" });
  });

  it("matches the email exactly but for case: an underscore is a letter, not a wildcard", async () => {
    const lookalike = steward.replace("steward", "st_ward");
    expect((await failure(authenticateUser({ method: "password", email: lookalike, password }))).code).toBe("UNAUTHENTICATED");
    expect((await failure(authenticateUser({ method: "oidc", email: lookalike }))).code).toBe("FORBIDDEN");
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const wrong = await failure(authenticateUser({ method: "password", email: steward, password: "tr0ub4dor&3" }));
    const unknown = await failure(authenticateUser({ method: "password", email: `nobody-${run}@authenticate.test`, password }));
    expect(wrong.code).toBe("UNAUTHENTICATED");
    expect(unknown.code).toBe("UNAUTHENTICATED");
    expect(unknown.message).toBe(wrong.message);
  });

  it("refuses a user without a password, who signs in through OIDC only", async () => {
    const error = await failure(authenticateUser({ method: "password", email: ssoOnly, password }));
    expect(error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a disabled user even with the right password", async () => {
    const error = await failure(authenticateUser({ method: "password", email: disabled, password }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/disabled/);
  });

  it("names the field when the form is incomplete", async () => {
    const error = await failure(authenticateUser({ method: "password", email: "not-an-email", password: "" }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["email", "password"]);
  });
});

describe("authenticateUser through OIDC", () => {
  it("accepts an existing, enabled user and keeps the role from the table", async () => {
    const user = await authenticateUser({ method: "oidc", email: ssoOnly });
    expect(user).toMatchObject({ email: ssoOnly, role: "VIEWER" });
  });

  it("refuses an identity with no account here, and a disabled account", async () => {
    expect((await failure(authenticateUser({ method: "oidc", email: `stranger-${run}@authenticate.test` }))).code).toBe("FORBIDDEN");
    expect((await failure(authenticateUser({ method: "oidc", email: disabled }))).code).toBe("FORBIDDEN");
  });
});
