import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "@/src/db";
import { checkDeliveries, deliveriesOk, describeDeliveries, markNow } from "../checks";
import { count, type Scenario } from "../context";
import { generatedLoad } from "../generated-load";
import { pushRecords } from "../push-records";
import { settle } from "../settle";

/** How long an outage the scenario stands for: the ten minutes, of which `receiverDown` seconds are real. */
const SIMULATED_OUTAGE_S = 600;

/**
 * Scenario 3: the subscriber's host is down (connections refused) while
 * records arrive and change, then comes back. Every event must then arrive,
 * once per webhook-id, and one record's events in version order. The rest of
 * a ten-minute outage is simulated: every pending retry is moved out to where
 * the third failed attempt of such an outage puts it (30 minutes on, past
 * the settle limit), so only the hub noticing the endpoint is back, from
 * the traffic that follows, delivers the backlog in time.
 */
export const receiverDown: Scenario = {
  name: "receiver-down",
  run: async (ctx) => {
    const rows = Math.max(500, Math.round(ctx.args.rows / 50));
    const records = await generatedLoad("down", rows, 4);
    const mark = await markNow(ctx.receiver);
    await ctx.receiver.down();
    const downAt = Date.now();
    await pushRecords(ctx, records);
    await sleep(Math.max(0, ctx.args.receiverDown * 1000 - (Date.now() - downAt)));
    const simulated = Math.max(ctx.args.receiverDown, SIMULATED_OUTAGE_S);
    if (simulated > ctx.args.receiverDown) {
      await sql`UPDATE "Delivery" SET attempts = greatest(attempts, 3), "nextAttemptAt" = greatest("nextAttemptAt", now() + interval '30 minutes')
        WHERE status = 'PENDING' AND attempts > 0`;
    }
    await ctx.receiver.up();
    const after = await generatedLoad("back", Math.max(50, Math.round(rows / 10)), 5);
    await pushRecords(ctx, after);
    const settled = await settle(20 * 60_000);
    const deliveries = await checkDeliveries(ctx.receiver, mark);
    return {
      pass: settled.settled && deliveriesOk(deliveries, { repeatsAllowed: false }),
      figures: [
        `${count(rows)} rows pushed while the subscriber was down for ${simulated}s (${ctx.args.receiverDown}s real, retries then moved out as such an outage leaves them), ${count(after.length)} after it came back`,
        settled.settled ? `all delivered ${settled.seconds}s after it came back` : `NOT settled ${settled.seconds}s after it came back (${JSON.stringify(settled.owed)})`,
        describeDeliveries(deliveries),
      ].join("; "),
      rows,
      events: deliveries.events,
    };
  },
};
