import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { SubscriberRef } from "@/graphql/types/Subscriber";
import { getSubscriber, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { DEFAULT_OVERLAP_HOURS, MAX_OVERLAP_HOURS, rotateSubscriberSecret } from "@/src/distribution/subscribers/rotate-subscriber-secret";
import { recordId } from "./subscriber-args";

type Rotated = { subscriber: SubscriberRow; secret: string; previousSecretExpiresAt: Date | null };

const RotatedSubscriberSecretRef = builder.objectRef<Rotated>("RotatedSubscriberSecret").implement({
  description: "A subscriber's new signing secret, shown here once and never again.",
  fields: (t) => ({
    subscriber: t.field({ type: SubscriberRef, resolve: (r) => r.subscriber }),
    secret: t.exposeString("secret", { description: "The new `whsec_` secret. Store it now: it cannot be read again." }),
    previousSecretExpiresAt: t.expose("previousSecretExpiresAt", { type: "DateTime", nullable: true, description: "Until then the old secret signs beside the new one; null when it stopped at once." }),
  }),
});

builder.mutationFields((t) => ({
  rotateSubscriberSecret: t.field({
    type: RotatedSubscriberSecretRef,
    authScopes: { "subscribers.manage": true },
    description: "Gives a subscriber a new signing secret. For the overlap every message carries both signatures, so its receiver switches without losing one; an overlap of 0 stops the old secret at once (for a leaked one).",
    args: {
      subscriberId: t.arg.id({ required: true }),
      overlapHours: t.arg.int({ required: false, description: `Whole hours from 0 to ${MAX_OVERLAP_HOURS} (default ${DEFAULT_OVERLAP_HOURS}).` }),
    },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ subscriberId: recordId("subscriber"), overlapHours: z.number().nullish() }), args);
      const rotated = await rotateSubscriberSecret({ principal: principal!, subscriberId: a.subscriberId, overlapHours: a.overlapHours });
      return { ...rotated, subscriber: await getSubscriber({ principal: principal!, subscriberId: a.subscriberId }) };
    },
  }),
}));
