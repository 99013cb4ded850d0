import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { SubscriberRef } from "@/graphql/types/Subscriber";
import { createSubscriber } from "@/src/distribution/subscribers/create-subscriber";
import { getSubscriber, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { setSubscriberEnabled } from "@/src/distribution/subscribers/set-subscriber-enabled";
import { updateSubscriber } from "@/src/distribution/subscribers/update-subscriber";
import { recordId, settingsArgs, subscriberSettingsArgs } from "./subscriber-args";

const CreatedSubscriberRef = builder.objectRef<{ subscriber: SubscriberRow; secret: string }>("CreatedSubscriber").implement({
  description: "A new subscriber and its signing secret, shown here once and never again: only the hub keeps it.",
  fields: (t) => ({
    subscriber: t.field({ type: SubscriberRef, resolve: (r) => r.subscriber }),
    secret: t.exposeString("secret", { description: "The `whsec_` Standard Webhooks secret the receiver verifies signatures with. Store it now: it cannot be read again, only rotated." }),
  }),
});

const UpdateSubscriberResultRef = builder.objectRef<{ subscriber: SubscriberRow; changed: boolean }>("UpdateSubscriberResult").implement({
  fields: (t) => ({
    subscriber: t.field({ type: SubscriberRef, resolve: (r) => r.subscriber }),
    changed: t.exposeBoolean("changed", { description: "False when every setting given was already so." }),
  }),
});

const SetSubscriberEnabledResultRef = builder.objectRef<{ subscriber: SubscriberRow; changed: boolean; requeued: number }>("SetSubscriberEnabledResult").implement({
  fields: (t) => ({
    subscriber: t.field({ type: SubscriberRef, resolve: (r) => r.subscriber }),
    changed: t.exposeBoolean("changed", { description: "False when it was enabled (or disabled) already." }),
    requeued: t.exposeInt("requeued", { description: "Waiting deliveries that enabling made due now." }),
  }),
});

builder.mutationFields((t) => ({
  createSubscriber: t.field({
    type: CreatedSubscriberRef,
    authScopes: { "subscribers.manage": true },
    description: "Adds a webhook subscriber (administrators only). It gets events dispatched from now on; replay sends it the past.",
    args: subscriberSettingsArgs(true),
    resolve: async (_root, args, { principal }) => {
      const { subscriber, secret } = await createSubscriber({ principal: principal!, input: parseArgs(settingsArgs, args) });
      return { subscriber: await getSubscriber({ principal: principal!, subscriberId: subscriber.id }), secret };
    },
  }),
  updateSubscriber: t.field({
    type: UpdateSubscriberResultRef,
    authScopes: { "subscribers.manage": true },
    description: "Changes a subscriber's settings; each one left out (or null) stays as it is, and an empty list clears a filter. New filters apply to events dispatched from now on.",
    args: { subscriberId: t.arg.id({ required: true }), ...subscriberSettingsArgs(false) },
    resolve: async (_root, args, { principal }) => {
      const { subscriberId, ...input } = parseArgs(settingsArgs.extend({ subscriberId: recordId("subscriber") }), args);
      const { changed } = await updateSubscriber({ principal: principal!, subscriberId, input });
      return { subscriber: await getSubscriber({ principal: principal!, subscriberId }), changed };
    },
  }),
  setSubscriberEnabled: t.field({
    type: SetSubscriberEnabledResultRef,
    authScopes: { "subscribers.manage": true },
    description: "Disables a subscriber (its deliveries wait) or enables it, whoever or whatever disabled it: what waited goes out at once, in order.",
    args: { subscriberId: t.arg.id({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ subscriberId: recordId("subscriber"), enabled: z.boolean() }), args);
      const result = await setSubscriberEnabled({ principal: principal!, subscriberId: a.subscriberId, enabled: a.enabled });
      return { ...result, subscriber: await getSubscriber({ principal: principal!, subscriberId: a.subscriberId }) };
    },
  }),
}));
