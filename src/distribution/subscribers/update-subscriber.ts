import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";
import { parseSubscriberSettings, subscriberChangesSchema } from "./subscriber-settings";
import { auditedSettings, subscriberViewColumns, type SubscriberView } from "./subscriber-view";

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes a subscriber's name, URL, filters or payload style; each field left
 * out stays as it is. A new URL passes the webhook guard again. New filters
 * apply to events dispatched from now on: deliveries already made stay, and
 * a replay sends the past as the new filters choose it.
 */
export async function updateSubscriber(opts: { principal: Principal; subscriberId: unknown; input: unknown }): Promise<{ subscriber: SubscriberView; changed: boolean }> {
  authorize(opts.principal, "subscribers.manage");
  const { subscriberId } = parseInput(z.object({ subscriberId: recordIdField("Subscriber") }), { subscriberId: opts.subscriberId });
  const changes = await parseSubscriberSettings(subscriberChangesSchema, opts.input);
  return sql.begin(async (tx) => {
    const [current] = await tx<SubscriberView[]>`SELECT ${subscriberViewColumns(tx)} FROM "Subscriber" s WHERE s.id = ${subscriberId} FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", "That subscriber no longer exists. Reload the page.");
    const changed = Object.fromEntries(Object.entries(changes).filter(([key, value]) => !sameValue(value, current[key as keyof SubscriberView])));
    if (!Object.keys(changed).length) return { subscriber: current, changed: false };
    const at = new Date();
    const [updated] = await tx<SubscriberView[]>`
      UPDATE "Subscriber" s SET ${tx({ ...changed, updatedAt: at })} WHERE s.id = ${subscriberId} RETURNING ${subscriberViewColumns(tx)}`;
    const pick = (view: SubscriberView) => Object.fromEntries(Object.entries(auditedSettings(view)).filter(([key]) => key in changed));
    await recordAudit(tx, opts.principal, at, { action: "subscriber.update", targetType: "Subscriber", targetId: subscriberId, before: pick(current), after: pick(updated) });
    return { subscriber: updated, changed: true };
  }) as Promise<{ subscriber: SubscriberView; changed: boolean }>;
}
