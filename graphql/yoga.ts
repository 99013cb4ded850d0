import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import { armor } from "./armor";
import { badInput } from "./bad-input";
import { createContext, type GraphQLContext } from "./context";
import { faultLogger, maskError } from "./errors";
import { introspectionGuard } from "./introspection-guard";
import { observeLatency } from "./observe-latency";
import { schema } from "./schema";

const exampleQuery = `# Send an API token as "Authorization: Bearer <token>", or sign in to the portal first.
query FirstCustomers {
  goldenRecords(first: 10) {
    totalCount
    edges {
      node { id displayName attributes { email city country } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/**
 * The one GraphQL server: the Next.js route serves it and tests call
 * `yoga.fetch` in-process, so both exercise the same auth and error masking.
 * CORS allows any origin but never credentials, so other sites can use API
 * tokens yet cannot ride on a portal session cookie. `anonymousIntrospection`
 * lets callers without credentials read the schema: on outside production.
 */
export function createGraphQLServer(opts: { anonymousIntrospection?: boolean } = {}) {
  const anonymousIntrospection = opts.anonymousIntrospection ?? process.env.NODE_ENV !== "production";
  return createYoga<{}, GraphQLContext>({
    schema,
    context: createContext,
    graphqlEndpoint: "/api/graphql",
    graphiql: { title: "Goldenhub GraphQL", defaultQuery: exampleQuery },
    // The bundled GraphiQL: yoga's default page loads its scripts from a CDN, which offline installs cannot reach.
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError },
    logging: faultLogger(),
    cors: { origin: "*", credentials: false },
    // Next.js route handlers must return the platform's own Response class.
    fetchAPI: { Response },
    plugins: [armor(), badInput(), observeLatency(), ...(anonymousIntrospection ? [] : [introspectionGuard()])],
  });
}

export const yoga = createGraphQLServer();
