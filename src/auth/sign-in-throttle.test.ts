import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma, sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { authenticateUser } from "./authenticate-user";
import { clientAddressOf } from "./client-address";
import { hashPassword, passwordChecks } from "./password";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, clearSignInAttempt, reserveSignInAttempt, SignInThrottled } from "./sign-in-throttle";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery staple";
const email = (name: string) => `${name}-${run}@throttle.test`;
let passwordHash = "";

/** An address no other test shares, so counts start at zero. */
const address = () => `198.51.100.${randomUUID().slice(0, 6)}`;

async function attempt(who: string, pw: string, clientAddress: string | null = null): Promise<AppError | null> {
  return authenticateUser({ method: "password", email: who, password: pw, clientAddress }).then(
    () => null,
    (e: unknown) => {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    },
  );
}

/** Runs `fn` and says how many passwords went through the KDF meanwhile. */
async function counting<T>(fn: () => Promise<T>): Promise<{ result: T; checks: number }> {
  const before = passwordChecks();
  const result = await fn();
  return { result, checks: passwordChecks() - before };
}

const codes = (errors: (AppError | null)[]) => errors.map((e) => e?.code ?? null);
const wrongTimes = (n: number, who: string, from: string | null = null) => Promise.all(Array.from({ length: n }, () => attempt(who, "wrong guess", from)));

beforeAll(async () => {
  passwordHash = await hashPassword(password);
  await prisma.user.createMany({
    data: ["parallel", "reset", "window", "address"].map((n) => ({ email: email(n), name: n, role: "STEWARD" as const, passwordHash })),
  });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${run}@throttle.test` } } });
  await prisma.signInThrottle.deleteMany({ where: { key: { contains: run } } });
  await closeDb();
});

describe("sign-in throttle", () => {
  it("lets 10 of 16 parallel wrong passwords reach the KDF, then refuses even the right one without running it", async () => {
    const { result, checks } = await counting(() => wrongTimes(16, email("parallel")));
    expect(checks).toBe(ACCOUNT_LIMIT);
    expect(result.filter((e) => e?.code === "UNAUTHENTICATED")).toHaveLength(ACCOUNT_LIMIT);
    const refused = result.filter((e) => e instanceof SignInThrottled);
    expect(refused).toHaveLength(16 - ACCOUNT_LIMIT);
    expect(refused[0]!.message).toBe("Too many sign-in attempts; try again in 15 minutes.");

    const right = await counting(() => attempt(email("parallel").toUpperCase(), password, address()));
    expect(right.checks).toBe(0);
    expect(right.result).toBeInstanceOf(SignInThrottled);
    expect(right.result!.message).toMatch(/^Too many sign-in attempts; try again in 1[45] minutes\.$/);
  });

  it("starts an account afresh after a right password", async () => {
    const who = email("reset");
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await reserveSignInAttempt({ email: who, address: null });
    expect(await attempt(who, password)).toBeNull();
    expect(await prisma.signInThrottle.findUnique({ where: { key: `account:${who}` } })).toBeNull();
    // Counted on, these two would be the 11th and 12th attempts and refused.
    expect(codes(await wrongTimes(2, who))).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(await attempt(who, password)).toBeNull();
  });

  it("opens the account again once its window has passed, and says how long is left before that", async () => {
    const who = email("window");
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await reserveSignInAttempt({ email: who, address: null });
    const key = `account:${who}`;
    await sql`UPDATE "SignInThrottle" SET "windowStartedAt" = now() AT TIME ZONE 'UTC' - interval '14 minutes 30 seconds' WHERE key = ${key}`;
    expect((await attempt(who, password))?.message).toBe("Too many sign-in attempts; try again in 1 minute.");
    await sql`UPDATE "SignInThrottle" SET "windowStartedAt" = now() AT TIME ZONE 'UTC' - interval '15 minutes' WHERE key = ${key}`;
    expect(await attempt(who, password)).toBeNull();
  });

  it("refuses one address trying many accounts, counting guesses at unknown emails too", async () => {
    const from = address();
    for (let i = 0; i < ADDRESS_LIMIT; i++) await reserveSignInAttempt({ email: email(`guess${i}`), address: from });
    const { result, checks } = await counting(() => attempt(email("address"), password, from));
    expect(checks).toBe(0);
    expect(result).toBeInstanceOf(SignInThrottled);
    // The same account from elsewhere is unaffected.
    expect(await attempt(email("address"), password, address())).toBeNull();
  });

  it("does not use up an address with people signing in successfully", async () => {
    const from = address();
    for (let i = 0; i < ADDRESS_LIMIT + 5; i++) {
      const keys = { email: email(`office${i}`), address: from };
      await reserveSignInAttempt(keys);
      await clearSignInAttempt(keys);
    }
    await expect(reserveSignInAttempt({ email: email("office-last"), address: from })).resolves.toBeUndefined();
  });
});

describe("clientAddressOf", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("takes the hop the nearest proxy appended, not what the client claimed", () => {
    expect(clientAddressOf(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressOf(headers({ "x-forwarded-for": "::ffff:192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientAddressOf(headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientAddressOf(headers({ "x-real-ip": "192.0.2.7" }))).toBe("192.0.2.7");
    expect(clientAddressOf(headers({}))).toBeNull();
  });
});
