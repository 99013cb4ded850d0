import { sql } from "@/src/db";
import { attributeNames, type AttributeName } from "./attributes";
import { defaultUnitRule, loadActiveRules, strategies, survivorshipUnits, type Strategy } from "./survivorship-rules";

/** The survivorship rule that decides one attribute now. */
export type AttributeRuleInForce = {
  attribute: AttributeName;
  /** the unit decided together (`name`, `address`) or the attribute itself */
  unit: string;
  strategy: Strategy;
  /** the rule's name as lineage records it, e.g. "Source priority" */
  label: string;
  /** source keys, most trusted first, when the rule lists them: the order for source priority, the tie-break for the others */
  sourceOrder: string[];
  /** the active rule set's version; null while the built-in rules (source priority everywhere) are in force */
  ruleSetVersion: number | null;
};

/**
 * The active survivorship rules spelt out per attribute, so a downstream app
 * can tell how each golden value is chosen today (lineage says which rule
 * chose the value it holds, which may predate a rule change still being
 * recomputed). One statement, the same answer for every golden record.
 */
export async function attributeRulesInForce(): Promise<AttributeRuleInForce[]> {
  const { version, rules } = await loadActiveRules(sql);
  return attributeNames.map((attribute) => {
    const unit = survivorshipUnits.find((u) => u.attributes.includes(attribute))!;
    const rule = rules[unit.key] ?? defaultUnitRule;
    return {
      attribute,
      unit: unit.key,
      strategy: rule.strategy,
      label: strategies[rule.strategy],
      sourceOrder: rule.sourceOrder ?? [],
      ruleSetVersion: version,
    };
  });
}
