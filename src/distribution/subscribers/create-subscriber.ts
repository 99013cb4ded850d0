import { randomUUID } from "node:crypto";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { newSubscriberSchema, parseSubscriberSettings } from "./subscriber-settings";
import { auditedSettings, subscriberViewColumns, type SubscriberView } from "./subscriber-view";
import { newWebhookSecret } from "./webhook-secret";

/**
 * Adds a system to tell about golden-record changes. The URL must pass the
 * webhook guard now, so a typo or a private address is refused on the form
 * rather than at every delivery. The signing secret is returned this once:
 * lists never show it and the audit entry does not keep it. Only events
 * dispatched from now on reach the subscriber; earlier ones come by replay.
 */
export async function createSubscriber(opts: { principal: Principal; input: unknown }): Promise<{ subscriber: SubscriberView; secret: string }> {
  authorize(opts.principal, "subscribers.manage");
  const input = await parseSubscriberSettings(newSubscriberSchema, opts.input);
  const secret = newWebhookSecret();
  const at = new Date();
  const row = {
    id: randomUUID(),
    name: input.name,
    url: input.url,
    secret,
    eventTypes: input.eventTypes ?? [],
    sourceKeys: input.sourceKeys ?? [],
    entityTypes: input.entityTypes ?? [],
    attributes: input.attributes ?? [],
    payloadStyle: input.payloadStyle ?? "FULL",
    createdBy: opts.principal.label,
    createdAt: at,
    updatedAt: at,
  };
  const subscriber = await sql.begin(async (tx) => {
    const [created] = await tx<SubscriberView[]>`INSERT INTO "Subscriber" ${tx(row)} RETURNING ${subscriberViewColumns(tx, "Subscriber")}`;
    await recordAudit(tx, opts.principal, at, { action: "subscriber.create", targetType: "Subscriber", targetId: row.id, after: auditedSettings(created) });
    return created;
  });
  return { subscriber, secret };
}
