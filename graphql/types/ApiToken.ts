import { z } from "zod";
import { Role } from "@/prisma/generated/client";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { listApiTokens, type ApiTokenRow } from "@/src/auth/list-api-tokens";
import { isRecordId } from "@/src/ids";

export const API_TOKENS_MAX = 100;

export const RoleRef = builder.enumType(Role, {
  name: "Role",
  description: "What a user or token may do: VIEWER reads; STEWARD also pushes records and works suspects; APPROVER also approves change requests; ADMIN also manages users, tokens, sources and rules.",
});

export const ApiTokenRef = builder.objectRef<ApiTokenRow>("ApiToken").implement({
  description: "An API token as admins see it: never its secret, which is shown once when issued.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The first characters of the secret, so people can tell their tokens apart." }),
    role: t.field({ type: RoleRef, resolve: (r) => r.role }),
    source: t.string({ nullable: true, description: "The key of the source it is bound to: it may push records to that source only.", resolve: (r) => r.source?.key ?? null }),
    createdBy: t.exposeString("createdBy", { nullable: true, description: "The email of the admin who issued it; null when a token or the hub did." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "To the minute." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const pageArgs = z.object({
  first: z.number().int().min(0, "must not be negative").nullish(),
  after: z.string().refine(isRecordId, "is not a cursor this list gave").nullish(),
  last: z.null({ message: "apiTokens pages forward only: use first and after" }).optional(),
  before: z.null({ message: "apiTokens pages forward only: use first and after" }).optional(),
});

builder.queryFields((t) => ({
  apiTokens: t.connection(
    {
      type: ApiTokenRef,
      authScopes: { "users.manage": true },
      description: `API tokens, newest first, for administrators. At most ${API_TOKENS_MAX} per page (default 50): a larger \`first\` is cut to ${API_TOKENS_MAX}.`,
      resolve: async (_root, args, { principal }) => {
        const a = parseArgs(pageArgs, args);
        const take = Math.min(a.first ?? 50, API_TOKENS_MAX);
        const page = await listApiTokens({ principal: principal!, take, after: a.after ?? undefined });
        return {
          totalCount: page.total,
          edges: page.rows.map((node) => ({ cursor: node.id, node })),
          pageInfo: { hasNextPage: page.nextCursor !== null, hasPreviousPage: Boolean(a.after), startCursor: page.rows[0]?.id ?? null, endCursor: page.rows.at(-1)?.id ?? null },
        };
      },
    },
    {
      name: "ApiTokenConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount }) }),
    },
    { name: "ApiTokenEdge" },
  ),
}));
