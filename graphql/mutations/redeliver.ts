import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { SubscriberRef } from "@/graphql/types/Subscriber";
import { getSubscriber, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { replayDeliveries, type Replayed } from "@/src/distribution/subscribers/replay-deliveries";
import { resendDelivery } from "@/src/distribution/subscribers/resend-delivery";
import { recordId } from "./subscriber-args";

const waits = (what: string) => `False when the subscriber is disabled: ${what} until it is enabled.`;

const ResendDeliveryResultRef = builder.objectRef<{ subscriber: SubscriberRow; subscriberEnabled: boolean }>("ResendDeliveryResult").implement({
  fields: (t) => ({
    subscriber: t.field({ type: SubscriberRef, resolve: (r) => r.subscriber }),
    subscriberEnabled: t.exposeBoolean("subscriberEnabled", { description: waits("it waits") }),
  }),
});

const ReplayDeliveriesResultRef = builder.objectRef<Replayed>("ReplayDeliveriesResult").implement({
  fields: (t) => ({
    replayed: t.exposeInt("replayed", { description: "Deliveries queued again or anew, one per event." }),
    created: t.exposeInt("created", { description: "Of those, events the subscriber never had a delivery for." }),
    subscriberEnabled: t.exposeBoolean("subscriberEnabled", { description: waits("they wait") }),
  }),
});

builder.mutationFields((t) => ({
  resendDelivery: t.field({
    type: ResendDeliveryResultRef,
    authScopes: { "subscribers.manage": true },
    description: "Sends one delivery again, whatever became of it, with a fresh retry schedule; the receiver sees the same `webhook-id`.",
    args: { deliveryId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const { deliveryId } = parseArgs(z.object({ deliveryId: recordId("delivery") }), args);
      const { subscriberId, subscriberEnabled } = await resendDelivery({ principal: principal!, deliveryId });
      return { subscriber: await getSubscriber({ principal: principal!, subscriberId }), subscriberEnabled };
    },
  }),
  replayDeliveries: t.field({
    type: ReplayDeliveriesResultRef,
    authScopes: { "subscribers.manage": true },
    description: "Sends a subscriber again every dispatched event its filters take now, from a time or from a sequence number on (give one), in order.",
    args: {
      subscriberId: t.arg.id({ required: true }),
      since: t.arg({ type: "DateTime", required: false, description: "From this time on, inclusive." }),
      sinceSequence: t.arg.float({ required: false, description: "From this event's `sequence` on, inclusive." }),
    },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ subscriberId: recordId("subscriber"), since: z.date().nullish(), sinceSequence: z.number().nullish() }), args);
      return replayDeliveries({ principal: principal!, subscriberId: a.subscriberId, since: a.since, sinceSequence: a.sinceSequence });
    },
  }),
}));
