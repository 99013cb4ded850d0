import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/src/env";
import { GoldenhubPg } from "./compat-adapter";
import { PrismaClient } from "@/prisma/generated/client";

const root = fileURLToPath(new URL("..", import.meta.url));
const prisma = new PrismaClient({ adapter: new GoldenhubPg(env.DATABASE_URL) });
const mainDatabase = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));

afterAll(async () => {
  await prisma.$disconnect();
});

async function databaseExists(name: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${name}`;
  return rows[0].n === 1;
}

describe("GoldenhubPg", () => {
  it("reads the catalog types `name` and `char` as strings", async () => {
    const rows = await prisma.$queryRaw<{ db: string; c: string }[]>`SELECT current_database()::name AS db, 'x'::"char" AS c`;
    expect(rows).toEqual([{ db: mainDatabase, c: "x" }]);
  });

  it("gives migrate a real shadow database, and drops it on dispose while the main database stays", async () => {
    const shadow = await new GoldenhubPg(env.DATABASE_URL).connectToShadowDb();
    let shadowName = "";
    try {
      const result = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
      shadowName = String(result.rows[0][0]);
      expect(shadowName).toMatch(/^prisma_migrate_shadow_db_[0-9a-f-]{36}$/);
      expect(shadowName).not.toBe(mainDatabase);
      expect(await databaseExists(shadowName)).toBe(true);
    } finally {
      await shadow.dispose();
    }
    expect(await databaseExists(shadowName)).toBe(false);
    expect(await databaseExists(mainDatabase)).toBe(true);
  });

  it("lets `prisma migrate diff` find the migrations matching schema.prisma through the shadow database", async () => {
    const run = promisify(execFile);
    const prismaBin = fileURLToPath(new URL("../node_modules/.bin/prisma", import.meta.url));
    const args = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"];
    const outcome = await run(prismaBin, args, { cwd: root, timeout: 50_000 }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code,
        output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
      }),
    );
    expect(outcome, "a schema change without its migration, or a shadow database failure").toEqual({
      code: 0,
      output: expect.stringContaining("No difference detected"),
    });
  }, 60_000);
});
