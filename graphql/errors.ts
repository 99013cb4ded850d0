import { GraphQLError } from "graphql";
import { maskError as maskInternalError } from "graphql-yoga";
import { AppError } from "@/src/errors";

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
      code: appError.code,
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
  return maskInternalError(error, message, isDev);
}

/**
 * Wraps a resolver so an expected failure (a refusal, a conflict, bad input)
 * leaves it as a GraphQL error with its code: yoga then answers it without
 * logging it as a server fault, as it would any other thrown error.
 */
export function expectedFailures<A extends unknown[], R>(resolve: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await resolve(...args);
    } catch (error) {
      if (error instanceof AppError) throw toGraphQLError(error);
      throw error;
    }
  };
}
