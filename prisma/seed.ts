import { closeDb } from "@/src/db";
import { seedDemo } from "@/src/demo/seed-demo";
import { registerDemoSources } from "@/src/demo/demo-systems";
import { closeQueues } from "@/workers/contracts";

/** `npm run seed`: the demo data `npm start` loads on first run. */
await seedDemo({ customers: 300, log: (line) => console.log(`seed: ${line}`) });
await registerDemoSources((line) => console.log(`seed: ${line}`));
await closeQueues();
await closeDb();
