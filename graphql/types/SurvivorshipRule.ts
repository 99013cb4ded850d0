import { builder } from "@/graphql/builder";
import type { GraphQLContext } from "@/graphql/context";
import { attributeRulesInForce, type AttributeRuleInForce } from "@/src/golden/rules-in-force";
import { strategies, type Strategy } from "@/src/golden/survivorship-rules";
import { AttributeNameRef } from "./AttributeValueInput";

const strategyNames = Object.keys(strategies) as Strategy[];
const enumName = (s: Strategy) => s.toUpperCase().replace(/-/g, "_");

const SurvivorshipStrategyRef = builder.enumType("SurvivorshipStrategy", {
  description: "How a rule picks a golden value among the source records that offer one.",
  values: Object.fromEntries(strategyNames.map((s) => [enumName(s), { value: s, description: strategies[s] }])) as Record<string, { value: Strategy }>,
});

/** One attribute's rule in force. */
export const AttributeRuleRef = builder.objectRef<AttributeRuleInForce>("AttributeSurvivorshipRule").implement({
  description: "The survivorship rule that decides one golden attribute now.",
  fields: (t) => ({
    attribute: t.field({ type: AttributeNameRef, resolve: (r) => r.attribute }),
    unit: t.exposeString("unit", { description: "Attributes decided together share a unit (`name`: first and last name, `address`); any other attribute is its own unit." }),
    strategy: t.field({ type: SurvivorshipStrategyRef, resolve: (r) => r.strategy }),
    label: t.exposeString("label", { description: "The rule's name as `lineage.rule` records it, e.g. `Source priority`." }),
    sourceOrder: t.exposeStringList("sourceOrder", { description: "Source keys, most trusted first, when the rule lists them: the order for source priority, the tie-break for the others. Sources not listed follow by their priority setting." }),
    ruleSetVersion: t.exposeInt("ruleSetVersion", { nullable: true, description: "The active rule set's version; null while the built-in rules (source priority everywhere) are in force." }),
  }),
});

// One read per request: every record of a page shows the same rules, so they are loaded once however many ask.
const perRequest = new WeakMap<GraphQLContext, Promise<AttributeRuleInForce[]>>();

/** The rules in force, read once per request. */
export function rulesInForceFor(context: GraphQLContext): Promise<AttributeRuleInForce[]> {
  let rules = perRequest.get(context);
  if (!rules) perRequest.set(context, (rules = attributeRulesInForce()));
  return rules;
}
