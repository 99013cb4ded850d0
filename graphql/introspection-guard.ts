import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GraphQLContext } from "./context";

/** Whether a document asks for the schema itself (`__schema`, `__type`); `__typename` alone does not. */
function readsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/**
 * In production the schema is shown to signed-in people and API tokens only:
 * an anonymous caller asking for it is told to authenticate (401), as for
 * any other data, instead of getting a map of every field to probe.
 */
export const introspectionGuard = (): Plugin<GraphQLContext> => ({
  onExecute: ({ args, setResultAndStopExecution }) => {
    if ((args.contextValue as GraphQLContext).principal || !readsSchema(args.document)) return;
    setResultAndStopExecution({
      errors: [new GraphQLError("Sign in or send an API token to read the schema.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } })],
    });
  },
});
