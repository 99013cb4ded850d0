import { yoga } from "@/graphql/yoga";

// Every request reads live data and its own credentials; nothing here may be prerendered or cached.
export const dynamic = "force-dynamic";

function handle(request: Request): Promise<Response> {
  return Promise.resolve(yoga.fetch(request));
}

export { handle as GET, handle as OPTIONS, handle as POST };
