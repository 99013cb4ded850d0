import { builder } from "@/graphql/builder";

// Every query reads customer data, so the root type asks for a principal once instead of each field repeating it.
builder.queryType({
  authScopes: { "records.read": true },
});
