import { defineConfig } from "prisma/config";
import { env } from "./src/env";
import { GoldenhubPg } from "./prisma/compat-adapter";

/**
 * Prisma runs its WASM schema engine through our pg adapter, so `generate` and
 * `migrate` work without downloading native engines.
 */
// schema.prisma's datasource reads DATABASE_URL itself; hand it the validated default.
process.env.DATABASE_URL ??= env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    // Prisma's CLI never closes the adapter; without this each command waits out pg's idle timeout.
    return new GoldenhubPg(env.DATABASE_URL, { allowExitOnIdle: true });
  },
});
