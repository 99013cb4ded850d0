import { setTimeout as sleep } from "node:timers/promises";
import { checkDeliveries, deliveriesOk, describeDeliveries, markNow } from "../checks";
import { count, type Scenario } from "../context";
import { generatedLoad } from "../generated-load";
import { pushRecords } from "../push-records";
import { settle } from "../settle";

/**
 * Scenario 3: the subscriber's host is down (connections refused) while
 * records arrive and change, then comes back. Every event must then arrive,
 * once per webhook-id, and one record's events in version order.
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
    await ctx.receiver.up();
    const settled = await settle(20 * 60_000);
    const deliveries = await checkDeliveries(ctx.receiver, mark);
    return {
      pass: settled.settled && deliveriesOk(deliveries, { repeatsAllowed: false }),
      figures: [
        `${count(rows)} rows pushed while the subscriber was down for ${ctx.args.receiverDown}s`,
        settled.settled ? `all delivered ${settled.seconds}s after it came back` : `NOT settled ${settled.seconds}s after it came back (${JSON.stringify(settled.owed)})`,
        describeDeliveries(deliveries),
      ].join("; "),
      rows,
      events: deliveries.events,
    };
  },
};
