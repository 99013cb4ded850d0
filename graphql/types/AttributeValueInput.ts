import { builder } from "@/graphql/builder";
import { attributeNames } from "@/src/golden/attributes";

export const AttributeNameRef = builder.enumType("AttributeName", {
  description: "A canonical customer attribute.",
  values: attributeNames,
});

/** One attribute's value in a steward mutation; a null value means "unknown". */
export const AttributeValueInputRef = builder.inputType("AttributeValueInput", {
  fields: (t) => ({
    attribute: t.field({ type: AttributeNameRef, required: true }),
    value: t.string({ required: false, description: "Null marks the value unknown, whatever the sources say (edits only)." }),
  }),
});
