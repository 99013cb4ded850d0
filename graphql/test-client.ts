import { yoga } from "./yoga";

type GraphQLErrorJson = { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> };

// Tests read nested results freely; the assertions, not this type, check their shape.
export type GraphQLResponse = { status: number; body: { data?: any; errors?: GraphQLErrorJson[] } };

/** Sends one operation through yoga in-process, the same path the Next.js route takes. */
export async function postGraphQL(
  query: string,
  opts: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string>; server?: Pick<typeof yoga, "fetch"> } = {},
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const response = await (opts.server ?? yoga).fetch("http://localhost/api/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables: opts.variables ?? {} }),
  });
  return { status: response.status, body: await response.json() };
}
