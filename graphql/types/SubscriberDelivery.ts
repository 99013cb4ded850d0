import { DeliveryStatus } from "@/prisma/generated/client";
import { loadBatched } from "@/graphql/batch-per-request";
import { builder } from "@/graphql/builder";
import { SubscriberRef } from "@/graphql/types/Subscriber";
import { listAttemptsOfDeliveries } from "@/src/distribution/subscribers/list-attempts-of-deliveries";
import { DELIVERIES_PAGE_MAX, listDeliveries, type DeliveryPage, type DeliveryRow } from "@/src/distribution/subscribers/list-deliveries";
import type { DeliveryAttemptRow } from "@/src/distribution/subscribers/list-delivery-attempts";

/** A delivery knows its subscriber, so its attempts are read under the subscriber whose log lists it. */
type SubscriberDelivery = DeliveryRow & { subscriberId: string };

const DeliveryStatusRef = builder.enumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description: "PENDING: waiting to be sent or retried; SUCCEEDED: the subscriber accepted it (2xx); FAILED: given up after the last retry.",
});

const DeliveryAttemptRef = builder.objectRef<DeliveryAttemptRow>("DeliveryAttempt").implement({
  description: "One POST of a delivery: what the subscriber answered and how long it took.",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeInt("number", { description: "Counted across resends and replays, from 1." }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    statusCode: t.exposeInt("statusCode", { nullable: true, description: "Null when no answer came." }),
    latencyMs: t.exposeInt("latencyMs"),
    responseExcerpt: t.exposeString("responseExcerpt", { nullable: true, description: "The first bytes of the answer's body." }),
    error: t.exposeString("error", { nullable: true, description: "Null for an accepted attempt." }),
  }),
});

const DeliveryRef = builder.objectRef<SubscriberDelivery>("Delivery").implement({
  description: "One event on its way to one subscriber, with its retry schedule and attempt log.",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.field({ type: DeliveryStatusRef, resolve: (d) => d.status }),
    eventId: t.exposeID("eventId", { description: "Sent as `webhook-id`, the same on every retry, resend and replay." }),
    eventType: t.exposeString("eventType"),
    goldenRecordId: t.exposeID("goldenRecordId"),
    version: t.exposeInt("version", { nullable: true, description: "The golden record's version the event describes." }),
    sequence: t.exposeFloat("sequence", { description: "The event's global sequence, as in webhook payloads and the change feed." }),
    attemptCount: t.exposeInt("attempts", { description: "Attempts since it was last queued; a resend or replay starts it again from 0, while `attempts` keeps the whole log." }),
    lastStatusCode: t.exposeInt("lastStatusCode", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", description: "When a PENDING delivery is due." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    attempts: t.field({
      type: [DeliveryAttemptRef],
      description: "Every POST of this delivery, oldest first.",
      resolve: async (d, _args, context) =>
        (await loadBatched(context, `delivery-attempts:${d.subscriberId}`, d.id, (deliveryIds) =>
          listAttemptsOfDeliveries({ principal: context.principal!, subscriberId: d.subscriberId, deliveryIds }),
        )) ?? [],
    }),
  }),
});

const DeliveryPageRef = builder.objectRef<DeliveryPage & { subscriberId: string }>("DeliveryPage").implement({
  description: "A page of a subscriber's delivery log. Pass `endCursor` as `after` to read older deliveries.",
  fields: (t) => ({
    nodes: t.field({ type: [DeliveryRef], resolve: (p) => p.rows.map((row) => ({ ...row, subscriberId: p.subscriberId })) }),
    endCursor: t.exposeString("endCursor", { nullable: true }),
    hasNextPage: t.exposeBoolean("hasNextPage"),
  }),
});

builder.objectField(SubscriberRef, "deliveries", (t) =>
  t.field({
    type: DeliveryPageRef,
    description: `The subscriber's delivery log, newest first, optionally one status only. At most ${DELIVERIES_PAGE_MAX} per page (default 50).`,
    args: {
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false, description: "An endCursor from the page before." }),
      status: t.arg({ type: DeliveryStatusRef, required: false }),
    },
    resolve: async (s, args, { principal }) => ({
      ...(await listDeliveries({ principal: principal!, subscriberId: s.id, status: args.status, after: args.after, first: args.first })),
      subscriberId: s.id,
    }),
  }),
);
