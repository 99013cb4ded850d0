import { fileURLToPath } from "node:url";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";

/**
 * `npm run bench:latency [-- --changes 1000 --rate 20]`: one change pushed
 * through the REST ingest until its webhook is received, at a steady rate,
 * through `next start` and a worker as production runs them.
 */
process.exit(await measureInScratchDatabase(fileURLToPath(new URL("./webhooks/measure-latency.ts", import.meta.url)), process.argv.slice(2)));
