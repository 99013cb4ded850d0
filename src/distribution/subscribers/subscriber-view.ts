import type { WebhookPayloadStyle } from "@/prisma/generated/client";
import type { Sql } from "postgres";
import type { Tx } from "@/src/db";

/**
 * A subscriber as pages, the API and the audit log may show it: its
 * settings and standing, never its secrets. `previousSecretExpiresAt` is set
 * only while a rotated-out secret still signs beside the new one.
 */
export type SubscriberView = {
  id: string;
  name: string;
  url: string;
  eventTypes: string[];
  sourceKeys: string[];
  entityTypes: string[];
  attributes: string[];
  payloadStyle: WebhookPayloadStyle;
  active: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  previousSecretExpiresAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The columns of a SubscriberView, from the subscriber row named `s` (a SELECT's or UPDATE's alias) or `"Subscriber"` (an INSERT's RETURNING). */
export function subscriberViewColumns(q: Sql | Tx, name: "s" | "Subscriber" = "s") {
  const s = q(name);
  return q`${s}.id, ${s}.name, ${s}.url, ${s}."eventTypes", ${s}."sourceKeys", ${s}."entityTypes", ${s}.attributes, ${s}."payloadStyle", ${s}.active,
    ${s}."disabledAt", ${s}."disabledReason", ${s}."failingSince",
    CASE WHEN ${s}."previousSecret" IS NOT NULL AND ${s}."previousSecretExpiresAt" > now() THEN ${s}."previousSecretExpiresAt" END AS "previousSecretExpiresAt",
    ${s}."createdBy", ${s}."createdAt", ${s}."updatedAt"`;
}

/** The settings an audit entry keeps of a subscriber, before or after a change: what an admin chose, nothing secret. */
export function auditedSettings(s: Pick<SubscriberView, "name" | "url" | "eventTypes" | "sourceKeys" | "entityTypes" | "attributes" | "payloadStyle">) {
  return { name: s.name, url: s.url, eventTypes: s.eventTypes, sourceKeys: s.sourceKeys, entityTypes: s.entityTypes, attributes: s.attributes, payloadStyle: s.payloadStyle };
}
