import { attributeNames, type CustomerAttributes } from "@/src/golden/attributes";
import { builder } from "@/graphql/builder";

/** The canonical attributes, one nullable field each; null means no source supplied a value. */
export const CustomerAttributesRef = builder.objectRef<CustomerAttributes>("CustomerAttributes").implement({
  description: "The canonical customer attributes; null means the value is unknown.",
  fields: (t) => Object.fromEntries(attributeNames.map((name) => [name, t.exposeString(name, { nullable: true })])),
});

/** Reads the attribute JSON column, keeping known names with string values, so odd rows never break a query. */
export function readAttributes(json: unknown): CustomerAttributes {
  const source = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const attributes: CustomerAttributes = {};
  for (const name of attributeNames) {
    const value = source[name];
    if (typeof value === "string") attributes[name] = value;
  }
  return attributes;
}
