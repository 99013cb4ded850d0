import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";

/**
 * Limits that refuse an abusive document before it runs: nesting
 * `survivor` a thousand deep or two hundred aliases of one query cost a
 * request seconds of server time and megabytes of response. The limits sit
 * well above what a real client asks for (the deepest query in the docs is
 * six levels); introspection is left to GraphiQL. Field suggestions stay on:
 * the schema is public, and "did you mean" helps the developers it serves.
 */
export const armor = () =>
  EnvelopArmorPlugin({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: 100_000, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: false },
  });
