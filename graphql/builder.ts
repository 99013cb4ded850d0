import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import { GraphQLError, Kind, valueFromASTUntyped } from "graphql";
import type PrismaTypes from "@/prisma/generated/pothos-types";
import { getDatamodel } from "@/prisma/generated/pothos-types";
import { can, refusal, untargetedActions, type UntargetedAction } from "@/src/auth/permissions";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import type { GraphQLContext } from "./context";

/** The policy's sentence for a refused action scope, so GraphQL and the portal refuse in the same words. */
function refusalOf(failure: AuthFailure): string | null {
  if (failure.kind === AuthScopeFailureType.AuthScope) return (untargetedActions as readonly string[]).includes(failure.scope) ? refusal(failure.scope as UntargetedAction) : null;
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.map(refusalOf).find((m) => m !== null) ?? null;
  }
  return null;
}

/**
 * The one Pothos builder every type file adds to. Its scopes are the policy's
 * untargeted actions (`authScopes: { "suspects.decide": true }`), each answered by `can()`,
 * so GraphQL holds no rule of its own; a request without a principal is told
 * to sign in (401), one the policy refuses is told what it may not do.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  AuthScopes: Record<UntargetedAction, boolean>;
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  // Non-null unless a field says otherwise, so clients need no null checks where a value always exists.
  defaultFieldNullability: false,
  prisma: {
    client: prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  scopeAuth: {
    authScopes: ({ principal }) => Object.fromEntries(untargetedActions.map((action) => [action, can(principal, action)])) as Record<UntargetedAction, boolean>,
    unauthorizedError: (_parent, { principal }, _info, result) =>
      principal
        ? new GraphQLError(refusalOf(result.failure) ?? result.message, { extensions: { code: "FORBIDDEN" } })
        : new GraphQLError("Sign in to the portal or send 'Authorization: Bearer <API token>' to query Goldenhub.", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          }),
  },
});

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(typeof value === "string" ? value : Number.NaN);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}.`);
  return date;
}

builder.scalarType("DateTime", {
  description: "An instant as an ISO 8601 string in UTC, e.g. 2026-01-31T12:00:00.000Z.",
  serialize: (value) => toDate(value).toISOString(),
  parseValue: toDate,
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("JSON", {
  description: "Any JSON value, for data whose shape belongs to another part of the hub (e.g. match explanations).",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
