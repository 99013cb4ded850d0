import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { WebhookAllowlistEntryRef } from "@/graphql/types/WebhookAllowlistEntry";
import { allowWebhookHost } from "@/src/distribution/subscribers/allow-webhook-host";
import { removeAllowlistEntry } from "@/src/distribution/subscribers/remove-allowlist-entry";
import { recordId } from "./subscriber-args";

builder.mutationFields((t) => ({
  allowWebhookHost: t.field({
    type: WebhookAllowlistEntryRef,
    authScopes: { "subscribers.manage": true },
    description: "Lets webhooks reach a private, loopback or link-local host an admin vouches for (a receiver on the company network).",
    args: {
      pattern: t.arg.string({ required: true, description: "A host name, host:port, an IP address ([fd00::1]:8080 with a port) or a CIDR range." }),
      note: t.arg.string({ required: false, description: "Why, for whoever reads the allowlist later (at most 200 characters)." }),
    },
    resolve: (_root, args, { principal }) => {
      const a = parseArgs(z.object({ pattern: z.string(), note: z.string().nullish() }), args);
      return allowWebhookHost({ principal: principal!, pattern: a.pattern, note: a.note });
    },
  }),
  removeWebhookAllowlistEntry: t.string({
    authScopes: { "subscribers.manage": true },
    description: "Takes a host off the webhook allowlist and answers its pattern. Subscribers still pointing there are disabled at their next delivery, with the reason.",
    args: { entryId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const { entryId } = parseArgs(z.object({ entryId: recordId("allowlist entry") }), args);
      return (await removeAllowlistEntry({ principal: principal!, entryId })).pattern;
    },
  }),
}));
