import { isDeepStrictEqual } from "node:util";
import { displayNameOf, type AttributeName, type CustomerAttributes, type Lineage } from "./attributes";
import { applyOverrides, type Overrides } from "./overrides";
import { defaultUnitRule, strategies, survivorshipUnits, type SurvivorshipRules, type UnitRule } from "./survivorship-rules";

/** One source record as survivorship sees it. */
export type Contributor = {
  sourceRecordId: string;
  source: string;
  externalId: string;
  /** the source's trust: higher wins */
  priority: number;
  sourceUpdatedAt: Date;
  attributes: CustomerAttributes;
};

type Order = (a: Contributor, b: Contributor) => number;

const byPriority: Order = (a, b) => b.priority - a.priority;
const byRecency: Order = (a, b) => b.sourceUpdatedAt.getTime() - a.sourceUpdatedAt.getTime();
/** The last word on a full tie, so results never flap with the order records were read in. */
const byId: Order = (a, b) => (a.sourceRecordId < b.sourceRecordId ? -1 : a.sourceRecordId > b.sourceRecordId ? 1 : 0);
const chain =
  (...orders: Order[]): Order =>
  (a, b) => {
    for (const o of orders) {
      const d = o(a, b);
      if (d) return d;
    }
    return 0;
  };

/** Source priority: the listed order first (when the rule lists sources), then each source's priority setting. */
function byListedSource(order: readonly string[] | undefined): Order {
  if (!order?.length) return byPriority;
  const rank = (c: Contributor) => {
    const i = order.indexOf(c.source);
    return i === -1 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || byPriority(a, b);
}

/** How much of a unit a record fills: values given, then their length (a full name beats an initial). */
const completeness = (c: Contributor, unit: readonly AttributeName[]) => {
  const values = unit.map((n) => c.attributes[n]).filter(Boolean) as string[];
  return values.length * 10_000 + values.reduce((sum, v) => sum + v.length, 0);
};

/** The winner of one unit among the records that offer it, by the unit's rule. */
function pick(holders: Contributor[], unit: readonly AttributeName[], rule: UnitRule): Contributor {
  const trust = chain(byListedSource(rule.sourceOrder), byRecency, byId);
  switch (rule.strategy) {
    case "most-recent":
      return holders.sort(chain(byRecency, byPriority, byId))[0];
    case "most-complete":
      return holders.sort(chain((a, b) => completeness(b, unit) - completeness(a, unit), trust))[0];
    case "most-frequent": {
      const votes = new Map<string, number>();
      const said = (c: Contributor) => JSON.stringify(unit.map((n) => c.attributes[n] ?? null));
      for (const c of holders) votes.set(said(c), (votes.get(said(c)) ?? 0) + 1);
      return holders.sort(chain((a, b) => votes.get(said(b))! - votes.get(said(a))!, trust))[0];
    }
    default:
      return holders.sort(trust)[0];
  }
}

/**
 * Builds the golden attributes and their lineage from every source record
 * linked to a golden record: for each attribute (or attribute group) the
 * value the unit's rule picks (source priority unless an admin chose
 * otherwise), each lineage entry naming the rule that picked it.
 */
export function survive(contributors: readonly Contributor[], rules: SurvivorshipRules = {}): { attributes: CustomerAttributes; lineage: Lineage } {
  const attributes: CustomerAttributes = {};
  const lineage: Lineage = {};
  for (const unit of survivorshipUnits) {
    const holders = contributors.filter((c) => unit.attributes.some((n) => c.attributes[n]));
    const withCore = unit.core ? holders.filter((c) => unit.core!.some((n) => c.attributes[n])) : [];
    const candidates = withCore.length ? withCore : holders;
    if (!candidates.length) continue;
    const rule = rules[unit.key] ?? defaultUnitRule;
    const winner = pick([...candidates], unit.attributes, rule);
    for (const name of unit.attributes) {
      const value = winner.attributes[name];
      if (!value) continue;
      attributes[name] = value;
      lineage[name] = {
        sourceRecordId: winner.sourceRecordId,
        source: winner.source,
        externalId: winner.externalId,
        updatedAt: winner.sourceUpdatedAt.toISOString(),
        rule: strategies[rule.strategy],
      };
    }
  }
  return { attributes, lineage };
}

/** Lineage without the rule names, to tell a real change from a record that only learned which rule picked its values. */
const withoutRules = (lineage: unknown) =>
  Object.fromEntries(Object.entries((lineage ?? {}) as Record<string, Record<string, unknown>>).map(([k, { rule: _, ...entry }]) => [k, entry]));

export type Resurvived = { attributes: CustomerAttributes; lineage: Lineage; displayName: string; silent: boolean };

/**
 * Survivorship re-applied to a golden record that already exists, steward
 * overrides laid over it: its next attributes, lineage and display name, or
 * null when nothing would change and no new version is forced (a link or
 * merge always records one). `silent` marks a result that differs only in
 * the rule names of its lineage: stored without a version or an event,
 * because no value and no source changed.
 */
export function resurvive(
  current: { attributes: unknown; lineage: unknown },
  contributors: readonly Contributor[],
  force: boolean,
  overrides: Overrides = {},
  rules: SurvivorshipRules = {},
): Resurvived | null {
  const { attributes, lineage } = applyOverrides(survive(contributors, rules), overrides);
  const sameValues = isDeepStrictEqual(attributes, current.attributes);
  if (!force && sameValues && isDeepStrictEqual(lineage, current.lineage)) return null;
  const silent = !force && sameValues && isDeepStrictEqual(withoutRules(lineage), withoutRules(current.lineage));
  return { attributes, lineage, displayName: displayNameOf(attributes), silent };
}

/**
 * A golden record whose sources all deleted their records keeps the values
 * last known (its lineage still names their records), never becoming empty;
 * a steward's corrections still apply on top, so such a customer can be fixed.
 */
export function keepLastKnown(current: { attributes: CustomerAttributes; lineage: Lineage }, force: boolean, overrides: Overrides = {}): Resurvived | null {
  const { attributes, lineage } = applyOverrides(current, overrides);
  const sameValues = isDeepStrictEqual(attributes, current.attributes);
  if (!force && sameValues && isDeepStrictEqual(lineage, current.lineage)) return null;
  return { attributes, lineage, displayName: displayNameOf(attributes), silent: !force && sameValues };
}
