import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { RoleRef } from "@/graphql/types/ApiToken";
import { issueApiToken, type IssuedApiToken } from "@/src/auth/issue-api-token";
import { revokeIssuedToken } from "@/src/auth/revoke-issued-token";
import { id } from "./steward-args";

const IssuedApiTokenRef = builder.objectRef<IssuedApiToken>("IssuedApiToken").implement({
  description: "A new API token. Its secret is shown here once and never again: only its hash is stored.",
  fields: (t) => ({
    id: t.exposeID("id"),
    secret: t.exposeString("secret", { description: "Send it as `Authorization: Bearer <secret>`. Store it now: it cannot be read again." }),
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The first characters of the secret, as the token list shows them." }),
    role: t.field({ type: RoleRef, resolve: (r) => r.role }),
    source: t.exposeString("source", { nullable: true, description: "The key of the source it is bound to." }),
  }),
});

const issueArgs = z.object({ name: z.string(), role: z.string(), source: z.string().trim().min(1).max(64).nullish() });

builder.mutationFields((t) => ({
  issueApiToken: t.field({
    type: IssuedApiTokenRef,
    authScopes: { "users.manage": true },
    description: "Issues an API token with a role (administrators only). Bound to a source, it may push records to that source only: give a source's own integration one of those.",
    args: {
      name: t.arg.string({ required: true, description: "What the token is for, as people will recognise it (at most 100 characters)." }),
      role: t.arg({ type: RoleRef, required: true }),
      source: t.arg.string({ required: false, description: "The key of the source to bind it to." }),
    },
    resolve: (_root, args, { principal }) => {
      const a = parseArgs(issueArgs, args);
      return issueApiToken({ principal: principal!, name: a.name, role: a.role, sourceKey: a.source ?? null });
    },
  }),
  revokeApiToken: t.boolean({
    authScopes: { "users.manage": true },
    description: "Revokes an API token (administrators only): every request carrying it is refused from the next one on. It cannot be undone.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      await revokeIssuedToken({ principal: principal!, tokenId: parseArgs(z.object({ id }), args).id });
      return true;
    },
  }),
}));
