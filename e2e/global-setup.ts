import { GoldenhubPg } from "@/prisma/compat-adapter";
import { PrismaClient } from "@/prisma/generated/client/index.js";
import { hashPassword } from "@/src/auth/password";
import { env } from "@/src/env";

/** The password of every browser-test user. */
export const e2ePassword = "correct horse battery staple";

/**
 * A Prisma client for browser-test fixtures. Playwright's ESM loader refuses
 * the directory import of the generated client in src/db.ts, so e2e code names
 * the file and opens its own client through the same adapter.
 */
export function openFixtureDb(): PrismaClient {
  return new PrismaClient({ adapter: new GoldenhubPg(env.DATABASE_URL, { max: 2 }) });
}

const users = [
  { email: "steward@goldenhub.test", name: "Stella Steward", role: "STEWARD" },
  { email: "viewer@goldenhub.test", name: "Victor Viewer", role: "VIEWER" },
] as const;

/**
 * Creates the browser-test users in the database from DATABASE_URL. It is
 * idempotent, and resets password, role and disabledAt so a previous run that
 * changed them cannot make sign-in fail.
 */
export default async function globalSetup(): Promise<void> {
  const prisma = openFixtureDb();
  const passwordHash = await hashPassword(e2ePassword);
  try {
    for (const user of users) {
      const data = { name: user.name, role: user.role, passwordHash, disabledAt: null };
      await prisma.user.upsert({ where: { email: user.email }, update: data, create: { email: user.email, ...data } });
    }
  } finally {
    await prisma.$disconnect();
  }
}
