import { fileURLToPath } from "node:url";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";

/**
 * `npm run bench:webhooks [-- --events 100000 --subscribers 10 --workers 2]`:
 * signed deliveries per second from the real worker processes to local
 * receivers that verify every signature, in a scratch database.
 */
process.exit(await measureInScratchDatabase(fileURLToPath(new URL("./webhooks/measure-fanout.ts", import.meta.url)), process.argv.slice(2)));
