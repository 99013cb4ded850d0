import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Unit and integration tests against the real PostgreSQL and Redis. Files run
 * one after another because a test run shares one database (`npm test`
 * creates it and sets DATABASE_URL).
 */
export default defineConfig({
  // One copy of graphql for everything: otherwise our ESM imports and Pothos/yoga's CommonJS requires load two.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: "graphql/index.js" },
      // The @/ alias of tsconfig.json: imports name their target from the project root instead of climbing.
      { find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) },
    ],
  },
  test: {
    environment: "node",
    include: [
      "src/**/*.test.ts",
      "graphql/**/*.test.ts",
      "workers/**/*.test.ts",
      "prisma/**/*.test.ts",
      "cli/**/*.test.ts",
      "app/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    fileParallelism: false,
    passWithNoTests: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
