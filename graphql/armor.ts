import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { GraphQLError } from "graphql";

/**
 * Limits that refuse an abusive document before it runs: nesting
 * `survivor` a thousand deep or two hundred aliases of one query cost a
 * request seconds of server time and megabytes of response. The limits sit
 * well above what a real client asks for (the deepest query in the docs is
 * six levels); introspection is left to GraphiQL. Field suggestions stay on:
 * the schema is public, and "did you mean" helps the developers it serves.
 */
export const armor = () => {
  // A refused document is the client's to fix: coded so, like any other bad input.
  const coded = { onReject: [(_: unknown, error: GraphQLError) => void ((error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT")] };
  return EnvelopArmorPlugin({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true, ...coded },
    costLimit: { maxCost: 100_000, ignoreIntrospection: true, flattenFragments: true, ...coded },
    maxAliases: { n: 15, ...coded },
    maxTokens: { n: 2000, ...coded },
    maxDirectives: { n: 20, ...coded },
    blockFieldSuggestion: { enabled: false },
  });
};
