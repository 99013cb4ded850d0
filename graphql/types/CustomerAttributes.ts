import { attributeNames, type CustomerAttributes } from "@/src/golden/attributes";
import { builder } from "@/graphql/builder";

/** The canonical attributes, one nullable field each; null means no source supplied a value. */
export const CustomerAttributesRef = builder.objectRef<CustomerAttributes>("CustomerAttributes").implement({
  description: "The canonical customer attributes; null means the value is unknown.",
  fields: (t) => Object.fromEntries(attributeNames.map((name) => [name, t.exposeString(name, { nullable: true })])),
});
