import { fileURLToPath } from "node:url";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";

/**
 * `npm run bench:api [-- --goldens 1000000 --seconds 30 --connections 64 --via next|node]`:
 * `goldenRecord(id)` under load against a bare Yoga hello-world measured in the same run.
 */
process.exit(await measureInScratchDatabase(fileURLToPath(new URL("./api/measure-api.ts", import.meta.url)), process.argv.slice(2)));
