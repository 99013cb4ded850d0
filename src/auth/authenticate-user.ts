import { z } from "zod";
import type { Role } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { AppError, fieldIssues } from "@/src/errors";
import { hashPassword, verifyPassword } from "./password";

/** Who a successful sign-in stands for: enough to put on the session token. */
export type SignedInUser = { id: string; email: string; name: string; role: Role };

const email = z.string().trim().pipe(z.email({ error: "Enter a valid email address." }));

const proofSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("password"),
    email,
    password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
  }),
  z.object({ method: z.literal("oidc"), email }),
]);

/** What a person presents: a password form, or an email the OIDC issuer has vouched for. */
export type SignInProof = { method: "password"; email: unknown; password: unknown } | { method: "oidc"; email: unknown };

const wrongCredentials = "The email or password is not right.";

// Unknown emails still pay for one scrypt check, so response time does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * Turns a sign-in attempt into a user, or an AppError a person can act on.
 * Accounts are only ever created by an administrator: an OIDC identity is
 * accepted only for an existing, enabled user, whose role comes from our table.
 */
export async function authenticateUser(proof: SignInProof): Promise<SignedInUser> {
  const parsed = proofSchema.safeParse(proof);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error.issues);
    throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
  }
  const input = parsed.data;
  const user = await prisma.user.findFirst({ where: { email: { equals: input.email, mode: "insensitive" } } });
  if (input.method === "password") {
    const stored = user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy")));
    const matches = await verifyPassword(input.password, stored);
    if (!user?.passwordHash || !matches) throw new AppError("UNAUTHENTICATED", wrongCredentials);
  } else if (!user) {
    throw new AppError("FORBIDDEN", `No Goldenhub account exists for ${input.email}; ask an administrator to add you.`);
  }
  if (user.disabledAt) throw new AppError("FORBIDDEN", "This account is disabled; ask an administrator to re-enable it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
