import { fileURLToPath } from "node:url";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";

/**
 * `npm run bench:stewardship [-- --goldens 1000000 --suspects 100000 --runs 200 --pages]`:
 * the steward's hot paths at production scale, in a scratch database.
 */
process.exit(await measureInScratchDatabase(fileURLToPath(new URL("./stewardship/measure-stewardship.ts", import.meta.url)), process.argv.slice(2)));
