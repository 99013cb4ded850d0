import { builder } from "@/graphql/builder";

// Each mutation names the policy action it needs; the domain operation it calls asks the policy again with its target.
builder.mutationType({});
