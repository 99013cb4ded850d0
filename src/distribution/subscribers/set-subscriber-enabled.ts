import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";
import { wakeSubscribers } from "@/src/distribution/wake-subscribers";

const inputSchema = z.object({
  subscriberId: recordIdField("Subscriber"),
  enabled: z.boolean({ error: "Enabled: must be true or false." }),
});

type Standing = { id: string; active: boolean; disabledAt: Date | null; disabledReason: string | null; failingSince: Date | null };

/**
 * Stops or restarts deliveries to a subscriber. Disabling keeps its pending
 * deliveries (they wait) and records who disabled it, shown beside the
 * subscriber. Enabling clears whatever disabled it (an admin, a 410, a day
 * of failures) and its failing streak, makes every pending delivery due now
 * and wakes a sender, so the backlog goes at once instead of at each
 * delivery's far-off retry time. `requeued` counts those deliveries.
 */
export async function setSubscriberEnabled(opts: { principal: Principal; subscriberId: unknown; enabled: unknown }): Promise<{ changed: boolean; requeued: number }> {
  authorize(opts.principal, "subscribers.manage");
  const input = parseInput(inputSchema, { subscriberId: opts.subscriberId, enabled: opts.enabled });
  const result = await sql.begin(async (tx) => {
    const [before] = await tx<Standing[]>`
      SELECT id, active, "disabledAt", "disabledReason", "failingSince" FROM "Subscriber" WHERE id = ${input.subscriberId} FOR UPDATE`;
    if (!before) throw new AppError("NOT_FOUND", "That subscriber no longer exists. Reload the page.");
    if (before.active === input.enabled) return { changed: false, requeued: 0 };
    const at = new Date();
    const after = input.enabled
      ? { active: true, disabledAt: null, disabledReason: null, failingSince: null }
      : { active: false, disabledAt: at, disabledReason: `disabled by ${opts.principal.label}`, failingSince: before.failingSince };
    await tx`UPDATE "Subscriber" SET ${tx({ ...after, updatedAt: at })} WHERE id = ${before.id}`;
    const requeued = input.enabled
      ? (await tx`UPDATE "Delivery" SET "nextAttemptAt" = ${at} WHERE "subscriberId" = ${before.id} AND status = 'PENDING'`).count
      : 0;
    await recordAudit(tx, opts.principal, at, {
      action: input.enabled ? "subscriber.enable" : "subscriber.disable",
      targetType: "Subscriber",
      targetId: before.id,
      before: { active: before.active, disabledAt: before.disabledAt, disabledReason: before.disabledReason, failingSince: before.failingSince },
      after,
      ...(input.enabled ? { data: { requeued } } : {}),
    });
    return { changed: true, requeued };
  });
  if (result.changed && input.enabled) await wakeSubscribers([input.subscriberId]);
  return result;
}
