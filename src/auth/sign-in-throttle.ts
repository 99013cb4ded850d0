import { sql } from "@/src/db";
import { AppError } from "@/src/errors";

/** Counts expire together: a fixed window, so "try again in N minutes" stays true however often an attacker retries. */
const WINDOW_SECONDS = 15 * 60;
/** Enough for a person who mistypes; too few to guess a password with. */
export const ACCOUNT_LIMIT = 10;
/** One client trying many accounts; an office behind one address signs in successfully without using it up. */
export const ADDRESS_LIMIT = 50;

/** Who a password sign-in is counted against: the account named, and the client address when the request shows one. */
export type SignInKeys = { email: string; address: string | null };

/** A refusal before any password check, with when to try again, so an edge can also send `Retry-After`. */
export class SignInThrottled extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super("TOO_MANY_REQUESTS", `Too many sign-in attempts; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const keysOf = (k: SignInKeys) => [
  { key: `account:${k.email.trim().toLowerCase()}`, limit: ACCOUNT_LIMIT },
  ...(k.address ? [{ key: `address:${k.address}`, limit: ADDRESS_LIMIT }] : []),
];

/**
 * Counts this attempt against its account and address before the password is
 * checked, and throws SignInThrottled when either has used up its window. The
 * count is taken first and in one statement, so parallel attempts each get
 * their own number: sixteen at once let exactly ten reach the KDF, where
 * checking first and counting after the KDF would let all sixteen through.
 * Account rows come first in every statement, so two attempts never wait on each other in a cycle.
 */
export async function reserveSignInAttempt(keys: SignInKeys): Promise<void> {
  const rows = keysOf(keys);
  // `now() AT TIME ZONE 'UTC'`: the UTC wall time the timestamp columns hold, whatever the session's time zone.
  const counted = await sql<{ key: string; failures: number; secondsLeft: number }[]>`
    INSERT INTO "SignInThrottle" AS t (key, failures, "windowStartedAt")
    SELECT key, 1, now() AT TIME ZONE 'UTC' FROM unnest(${rows.map((r) => r.key)}::text[]) WITH ORDINALITY AS k(key, n) ORDER BY n
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."windowStartedAt" <= excluded."windowStartedAt" - make_interval(secs => ${WINDOW_SECONDS})
        THEN 1 ELSE t.failures + 1 END,
      "windowStartedAt" = CASE WHEN t."windowStartedAt" <= excluded."windowStartedAt" - make_interval(secs => ${WINDOW_SECONDS})
        THEN excluded."windowStartedAt" ELSE t."windowStartedAt" END
    RETURNING key, failures,
      ceil(extract(epoch FROM "windowStartedAt" + make_interval(secs => ${WINDOW_SECONDS}) - now() AT TIME ZONE 'UTC'))::int AS "secondsLeft"`;
  const over = counted.filter((c) => c.failures > rows.find((r) => r.key === c.key)!.limit);
  if (over.length) throw new SignInThrottled(Math.max(...over.map((c) => c.secondsLeft)));
  await forgetExpired();
}

/** A right password: the account starts afresh, and the address gets back the attempt it lent. */
export async function clearSignInAttempt(keys: SignInKeys): Promise<void> {
  const [account, address] = keysOf(keys);
  await sql`DELETE FROM "SignInThrottle" WHERE key = ${account.key}`;
  if (address) await sql`UPDATE "SignInThrottle" SET failures = greatest(failures - 1, 0) WHERE key = ${address.key}`;
}

/**
 * Drops windows that ended, so guessed emails do not pile up rows. Rows
 * another attempt holds are skipped rather than waited for, so this never
 * joins a lock cycle.
 */
async function forgetExpired(): Promise<void> {
  await sql`
    DELETE FROM "SignInThrottle" WHERE key IN (
      SELECT key FROM "SignInThrottle" WHERE "windowStartedAt" <= now() AT TIME ZONE 'UTC' - make_interval(secs => ${WINDOW_SECONDS})
      LIMIT 100 FOR UPDATE SKIP LOCKED)`;
}
