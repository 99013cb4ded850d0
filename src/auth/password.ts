import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

// OWASP's scrypt floor (N=2^17, r=8, p=1) needs 128 MiB per hash; maxmem is raised to match.
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const maxmem = 256 * 1024 * 1024;

let derivations = 0;

/**
 * How many passwords this process has checked with the KDF: what sign-in
 * throttling exists to bound, so its tests count it rather than guess from timing.
 */
export function passwordChecks(): number {
  return derivations;
}

/** Hashes a password with scrypt, storing the cost parameters so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  // A short or empty stored key would make scrypt compare nothing and accept any password.
  if (expected.length < KEY_LENGTH) return false;
  derivations += 1;
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem,
  }).catch(() => null);
  return actual !== null && timingSafeEqual(actual, expected);
}
