import { z } from "zod";
import type { Role } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { AppError, fieldIssues } from "@/src/errors";
import { hashPassword, verifyPassword } from "./password";
import { clearSignInAttempt, reserveSignInAttempt } from "./sign-in-throttle";

/** Who a successful sign-in stands for: enough to put on the session token. */
export type SignedInUser = { id: string; email: string; name: string; role: Role };

const email = z.string().trim().pipe(z.email({ error: "Enter a valid email address." }));

const proofSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("password"),
    email,
    password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
    clientAddress: z.string().max(100).nullish(),
  }),
  z.object({ method: z.literal("oidc"), email }),
]);

/** What a person presents: a password form, or an email the OIDC issuer has vouched for. */
export type SignInProof =
  | { method: "password"; email: unknown; password: unknown; /** where the request came from, for throttling */ clientAddress?: string | null }
  | { method: "oidc"; email: unknown };

const wrongCredentials = "The email or password is not right.";

// Unknown emails still pay for one scrypt check, so response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * The account of an email, ignoring case and nothing else. Prisma's
 * case-insensitive `equals` is an ILIKE here, where `_` and `%` match any
 * character: "rev_dmin@" found "revadmin@", which let an OIDC identity take
 * another account and gave each such spelling its own sign-in allowance.
 */
async function findUser(email: string) {
  const [match] = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE lower(email) = lower(${email}) ORDER BY id LIMIT 1`;
  return match ? prisma.user.findUnique({ where: { id: match.id } }) : null;
}

/**
 * The user a password proves. The attempt is counted before anything costly:
 * a refused one never reaches the KDF, whose 128 MiB is what an attacker spends.
 */
async function userByPassword(input: { email: string; password: string; clientAddress?: string | null }) {
  const keys = { email: input.email, address: input.clientAddress ?? null };
  await reserveSignInAttempt(keys);
  const user = await findUser(input.email);
  const stored = user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy")));
  const matches = await verifyPassword(input.password, stored);
  if (!user?.passwordHash || !matches) throw new AppError("UNAUTHENTICATED", wrongCredentials);
  await clearSignInAttempt(keys);
  return user;
}

/**
 * Turns a sign-in attempt into a user, or an AppError a person can act on.
 * Accounts are only ever created by an administrator: an OIDC identity is
 * accepted only for an existing, enabled user, whose role comes from our table.
 * Password attempts are throttled per account and client address
 * (SignInThrottled: "try again in N minutes") before any password is checked.
 */
export async function authenticateUser(proof: SignInProof): Promise<SignedInUser> {
  const parsed = proofSchema.safeParse(proof);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error.issues);
    throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
  }
  const input = parsed.data;
  const user = input.method === "password" ? await userByPassword(input) : await findUser(input.email);
  if (!user) throw new AppError("FORBIDDEN", `No Goldenhub account exists for ${input.email}; ask an administrator to add you.`);
  if (user.disabledAt) throw new AppError("FORBIDDEN", "This account is disabled; ask an administrator to re-enable it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
