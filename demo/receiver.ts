import { env } from "@/src/env";
import { DEMO_RECEIVER_SECRET } from "@/src/demo/demo-receiver";
import { startReceiver } from "./webhook-receiver";

/** The bundled subscriber of the demo: prints each verified change event so a new user sees webhooks arrive. */
const receiver = await startReceiver({
  secret: DEMO_RECEIVER_SECRET,
  port: env.RECEIVER_PORT,
  onEvent: (e) => console.log(`verified ${e.type} ${String(e.data.goldenRecordId)} v${String(e.data.version)} (${String(e.data.displayName)})`),
});
console.log(`receiver listening on ${receiver.url}, verifying Standard Webhooks signatures`);
