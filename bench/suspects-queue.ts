import { fileURLToPath } from "node:url";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";

/**
 * `npm run bench:queue [-- --goldens 200000 --suspects 100000 --runs 30]`:
 * the stewards' queue with 100,000 open suspects, each filter and order
 * timed (p50/p95 of the list query with its count), in a scratch database.
 */
process.exit(await measureInScratchDatabase(fileURLToPath(new URL("./suspects-queue/measure-queue.ts", import.meta.url)), process.argv.slice(2)));
