import { z } from "zod";
import { WebhookPayloadStyle } from "@/prisma/generated/client";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { getSubscriber, listSubscribers, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";

export const WebhookPayloadStyleRef = builder.enumType(WebhookPayloadStyle, {
  name: "WebhookPayloadStyle",
  description: "FULL: the whole golden record in every webhook. THIN: its id, version, sequence and the changed values only.",
});

const SubscriberFailureRef = builder.objectRef<NonNullable<SubscriberRow["lastFailure"]>>("SubscriberFailure").implement({
  description: "A webhook attempt the subscriber did not accept.",
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    statusCode: t.exposeInt("statusCode", { nullable: true, description: "Null when no answer came (refused, timed out, blocked by the URL guard)." }),
    error: t.exposeString("error"),
  }),
});

// Every field is read from the domain's view of a subscriber, which holds no secret: none can be added here by mistake.
export const SubscriberRef = builder.objectRef<SubscriberRow>("Subscriber").implement({
  description: "A system told about golden-record changes by signed webhooks, with its filters and standing. Its signing secret is never readable: it is shown once, when created or rotated.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    url: t.exposeString("url"),
    eventTypes: t.exposeStringList("eventTypes", { description: "The event types it gets (golden.created, golden.updated, golden.merged, golden.unmerged); empty means all." }),
    sourceKeys: t.exposeStringList("sourceKeys", { description: "Only changes to records holding a value from one of these sources; empty means all." }),
    entityTypes: t.exposeStringList("entityTypes", { description: "Only changes to these kinds of customer (person, organization), as payloads name them; empty means all." }),
    attributes: t.exposeStringList("attributes", { description: "Only changes touching one of these attributes; empty means all." }),
    payloadStyle: t.field({ type: WebhookPayloadStyleRef, resolve: (s) => s.payloadStyle }),
    active: t.exposeBoolean("active", { description: "False while disabled: its deliveries wait and go out, in order, when it is enabled again." }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true }),
    disabledReason: t.exposeString("disabledReason", { nullable: true, description: "`disabled by <who>` when an admin disabled it; otherwise the hub's reason (a 410 Gone, a day of failures, a refused address)." }),
    failingSince: t.expose("failingSince", { type: "DateTime", nullable: true, description: "The first failed attempt since its last success; a day of failures disables it." }),
    previousSecretExpiresAt: t.expose("previousSecretExpiresAt", { type: "DateTime", nullable: true, description: "Set while a rotated-out secret still signs beside the new one." }),
    pendingDeliveries: t.exposeInt("pendingDeliveries", { description: "Deliveries waiting to be sent or retried." }),
    failedDeliveries: t.exposeInt("failedDeliveries", { description: "Deliveries given up after the last retry: resend or replay them." }),
    lastSuccessAt: t.expose("lastSuccessAt", { type: "DateTime", nullable: true }),
    lastFailure: t.field({ type: SubscriberFailureRef, nullable: true, description: "Its newest failed attempt among its recent ones.", resolve: (s) => s.lastFailure }),
    createdBy: t.exposeString("createdBy", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  subscribers: t.field({
    type: [SubscriberRef],
    authScopes: { "subscribers.manage": true },
    description: "Every webhook subscriber by name, with its standing (administrators only).",
    resolve: (_root, _args, { principal }) => listSubscribers({ principal: principal! }),
  }),
  subscriber: t.field({
    type: SubscriberRef,
    nullable: true,
    authScopes: { "subscribers.manage": true },
    description: "One webhook subscriber with its delivery log (administrators only). Null when there is no such subscriber.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const { id } = parseArgs(z.object({ id: z.string().refine(isRecordId, "is not a subscriber id") }), args);
      try {
        return await getSubscriber({ principal: principal!, subscriberId: id });
      } catch (error) {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }
    },
  }),
}));
