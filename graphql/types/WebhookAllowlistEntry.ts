import { builder } from "@/graphql/builder";
import type { AllowlistEntryRow } from "@/src/distribution/subscribers/allow-webhook-host";
import { listAllowlist } from "@/src/distribution/subscribers/list-allowlist";

export const WebhookAllowlistEntryRef = builder.objectRef<AllowlistEntryRow>("WebhookAllowlistEntry").implement({
  description: "A private, loopback or link-local host, host:port or range an admin lets webhooks reach, which the URL guard refuses otherwise.",
  fields: (t) => ({
    id: t.exposeID("id"),
    pattern: t.exposeString("pattern"),
    note: t.exposeString("note", { nullable: true, description: "Why it was allowed." }),
    createdBy: t.exposeString("createdBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  webhookAllowlist: t.field({
    type: [WebhookAllowlistEntryRef],
    authScopes: { "subscribers.manage": true },
    description: "The hosts and ranges webhooks may reach although private, by pattern (administrators only).",
    resolve: (_root, _args, { principal }) => listAllowlist({ principal: principal! }),
  }),
}));
