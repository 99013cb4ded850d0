import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createLogger, maskError as maskInternalError, type YogaLogger } from "graphql-yoga";
import { AppError } from "@/src/errors";

/** GraphQL clients branch on the codes GraphQL servers commonly use; bad input of any kind is BAD_USER_INPUT there. */
const graphQLCodes: Partial<Record<AppError["code"], string>> = {
  VALIDATION_FAILED: "BAD_USER_INPUT",
  BAD_REQUEST: "BAD_USER_INPUT",
  PAYLOAD_TOO_LARGE: "BAD_USER_INPUT",
};

/**
 * An AppError as the GraphQL error a client sees: its code in extensions, and
 * HTTP 401 for UNAUTHENTICATED. Other codes leave the status alone, since they
 * are field errors next to whatever else resolved.
 */
export function toGraphQLError(appError: AppError, located?: GraphQLError): GraphQLError {
  return new GraphQLError(appError.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: {
      code: graphQLCodes[appError.code] ?? appError.code,
      ...(appError.issues.length ? { issues: appError.issues } : {}),
      ...(appError.code === "UNAUTHENTICATED" ? { http: { status: appError.status } } : {}),
    },
  });
}

/**
 * Hides internal failures (database errors, bugs) behind yoga's generic
 * message while expected failures reach the caller: GraphQLErrors as they
 * are, AppErrors with their code.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof AppError) return toGraphQLError(error);
  if (error instanceof GraphQLError && error.originalError instanceof AppError) return toGraphQLError(error.originalError, error);
  const refused = pagingRefusal(error);
  if (refused) return refused;
  return maskInternalError(error, message, isDev);
}

/**
 * Pothos refuses bad paging arguments of a connection (a negative `first`,
 * a cursor it did not give) before any resolver runs, as a GraphQLError
 * without a code: coded BAD_USER_INPUT here like any other bad argument.
 */
function pagingRefusal(error: unknown): GraphQLError | null {
  const validation = error instanceof PothosValidationError ? error : error instanceof GraphQLError && error.originalError instanceof PothosValidationError ? error.originalError : null;
  if (!validation) return null;
  const located = error as GraphQLError;
  return new GraphQLError(validation.message, { nodes: located.nodes, source: located.source, positions: located.positions, path: located.path, extensions: { code: "BAD_USER_INPUT" } });
}

/** Whether a thrown error is an expected failure (a refusal, a conflict, bad input), however yoga wrapped it. */
const isExpected = (error: unknown) =>
  error instanceof AppError || error instanceof PothosValidationError || (error instanceof GraphQLError && (error.originalError instanceof AppError || error.originalError instanceof PothosValidationError));

/**
 * Yoga's logger with expected failures left out: yoga logs every error
 * `maskError` turns into another, and an AppError (which every resolver may
 * throw) is turned into its coded GraphQL error, yet is no server fault.
 */
export function faultLogger(): YogaLogger {
  const base = createLogger();
  return { ...base, error: (...args: unknown[]) => (args.some(isExpected) ? undefined : base.error(...args)) };
}
