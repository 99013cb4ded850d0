import { z } from "zod";
import { builder } from "@/graphql/builder";
import { WebhookPayloadStyleRef } from "@/graphql/types/Subscriber";
import { isRecordId } from "@/src/ids";

/** An id argument the hub could have given; anything else is refused naming the argument before the domain reads it. */
export const recordId = (what: string) => z.string().refine(isRecordId, `is not a ${what} id`);

/**
 * The domain checks a subscriber's settings and names each bad one (the URL
 * guard, unknown event types or sources); the edge only refuses characters
 * no text holds, which must not reach the database.
 */
export const settingsArgs = z.looseObject({});

/** A subscriber's settings as arguments, each named as the domain's refusals name it; `required` makes name and url so. */
export const subscriberSettingsArgs = (required: boolean) =>
  builder.args((t) => ({
    name: t.string({ required, description: "As people will recognise it (at most 100 characters)." }),
    url: t.string({ required, description: "The https endpoint. Loopback, private, link-local and other reserved addresses are refused unless on the webhook allowlist." }),
    eventTypes: t.stringList({ required: false, description: "golden.created, golden.updated, golden.merged, golden.unmerged; empty for all." }),
    sourceKeys: t.stringList({ required: false, description: "Keys of registered sources; empty for all." }),
    entityTypes: t.stringList({ required: false, description: "person, organization; empty for all." }),
    attributes: t.stringList({ required: false, description: "Attribute names, such as email; empty for all." }),
    payloadStyle: t.field({ type: WebhookPayloadStyleRef, required: false }),
  }));
