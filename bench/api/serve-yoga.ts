import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";

/*
 * One GraphQL server for the API bench, in a process of its own: `hub` serves
 * Goldenhub's own Yoga (schema, auth, limits, masking) on Node's http server,
 * `hello` the smallest Yoga server there is, the ceiling to compare against.
 */
const [which, port] = [process.argv[2], Number(process.argv[3])];
const yoga =
  which === "hello"
    ? createYoga({ schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }), logging: false })
    : (await import("@/graphql/yoga")).yoga;
createServer(yoga).listen(port, "127.0.0.1", () => console.log(`${which} on ${port}`));
// Exits normally on Ctrl-C, so `node --cpu-prof` can write its profile of the run.
process.on("SIGINT", () => process.exit(0));
