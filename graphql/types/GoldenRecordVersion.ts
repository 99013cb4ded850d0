import { readAttributes } from "@/src/golden/read-golden-json";
import { builder } from "@/graphql/builder";
import { CustomerAttributesRef } from "./CustomerAttributes";
import { GoldenRecordStatusRef } from "./GoldenRecordFilter";

export const GoldenRecordVersionRef = builder.prismaObject("GoldenRecordVersion", {
  description: "An immutable snapshot of a golden record after one change, with why and by whom.",
  fields: (t) => ({
    version: t.exposeInt("version"),
    status: t.expose("status", { type: GoldenRecordStatusRef }),
    reason: t.exposeString("reason"),
    actor: t.exposeString("actor", { description: "Who made the change: a user, a token, or a worker." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    // No field selection: history reads whole version rows in one batched statement, and a selection here would make
    // Pothos reload each of those rows through Prisma, one statement per version.
    attributes: t.field({ type: CustomerAttributesRef, resolve: (v) => readAttributes(v.attributes) }),
  }),
});
