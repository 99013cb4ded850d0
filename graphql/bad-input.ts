import { GraphQLError, Kind, type ASTNode } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The nodes a literal argument value is made of: a refusal located at one is bad input, not a malformed query. */
const valueKinds: ReadonlySet<string> = new Set([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

/** Where the refused value was given: the variable's name, or the literal's place in the document. */
function inputPath(node: ASTNode): string | null {
  if (node.kind === Kind.VARIABLE_DEFINITION) return `$${node.variable.name.value}`;
  if (node.kind === Kind.OBJECT_FIELD) return node.name.value;
  return valueKinds.has(node.kind) ? "" : null;
}

function asBadInput(error: GraphQLError): GraphQLError {
  const node = error.nodes?.[0];
  const path = node ? inputPath(node) : null;
  if (path === null || error.extensions?.code === "BAD_USER_INPUT") return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", issues: [{ path, message: error.message }] },
  });
}

/**
 * graphql-js refuses a variable that does not fit its type ("abc" for an
 * Int, an enum value that does not exist) without a code, and a literal
 * that does not fit as a validation failure of the query itself. Both are a
 * value the client sent, so both get BAD_USER_INPUT and name where it was
 * given, as every other refused argument does; the HTTP status and the
 * message stay as graphql-js and yoga made them.
 */
export const badInput = (): Plugin => ({
  onValidate: () => ({ result, setResult }) => {
    if (result.length) setResult(result.map((e) => (e instanceof GraphQLError ? asBadInput(e) : e)));
  },
  onExecute: () => ({
    onExecuteDone: ({ result, setResult }) => {
      if (!("errors" in result) || !result.errors?.length || result.data) return;
      setResult({ ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? asBadInput(e) : e)) });
    },
  }),
});
