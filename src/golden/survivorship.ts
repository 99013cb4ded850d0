import { isDeepStrictEqual } from "node:util";
import { attributeNames, displayNameOf, type AttributeName, type CustomerAttributes, type Lineage } from "./attributes";
import { applyOverrides, type Overrides } from "./overrides";

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

/**
 * Attributes that only make sense together: a street from one system and a
 * postcode from another would describe a place where nobody lives.
 */
const groups: readonly (readonly AttributeName[])[] = [
  ["firstName", "lastName"],
  ["street", "houseNumber", "addressLine2", "city", "postalCode", "region", "country"],
];

/**
 * A group is only offered by a record that holds one of these: a country
 * alone must not displace another source's full address.
 */
const groupCore = new Map<readonly AttributeName[], readonly AttributeName[]>([[groups[1], ["street", "city", "postalCode"]]]);

const grouped = new Set(groups.flat());
const units: readonly (readonly AttributeName[])[] = [
  ...groups,
  ...attributeNames.filter((n) => !grouped.has(n)).map((n) => [n] as const),
];

/** Source priority first, then the most recent change, then a stable order so results never flap. */
function better(a: Contributor, b: Contributor): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  const at = a.sourceUpdatedAt.getTime();
  const bt = b.sourceUpdatedAt.getTime();
  if (at !== bt) return at > bt;
  return a.sourceRecordId < b.sourceRecordId;
}

/**
 * Builds the golden attributes and their lineage from every source record
 * linked to a golden record: for each attribute (or attribute group) the value
 * of the most trusted, most recent contributor that has one.
 */
export function survive(contributors: readonly Contributor[]): { attributes: CustomerAttributes; lineage: Lineage } {
  const attributes: CustomerAttributes = {};
  const lineage: Lineage = {};
  for (const unit of units) {
    const core = groupCore.get(unit);
    const holders = contributors.filter((c) => unit.some((n) => c.attributes[n]));
    const withCore = core ? holders.filter((c) => core.some((n) => c.attributes[n])) : [];
    let winner: Contributor | undefined;
    for (const c of withCore.length ? withCore : holders) {
      if (!winner || better(c, winner)) winner = c;
    }
    if (!winner) continue;
    for (const name of unit) {
      const value = winner.attributes[name];
      if (!value) continue;
      attributes[name] = value;
      lineage[name] = {
        sourceRecordId: winner.sourceRecordId,
        source: winner.source,
        externalId: winner.externalId,
        updatedAt: winner.sourceUpdatedAt.toISOString(),
      };
    }
  }
  return { attributes, lineage };
}

/**
 * Survivorship re-applied to a golden record that already exists, steward
 * overrides laid over it: its next attributes, lineage and display name, or
 * null when nothing would change and no new version is forced (a link or
 * merge always records one).
 */
export function resurvive(
  current: { attributes: unknown; lineage: unknown },
  contributors: readonly Contributor[],
  force: boolean,
  overrides: Overrides = {},
): { attributes: CustomerAttributes; lineage: Lineage; displayName: string } | null {
  const { attributes, lineage } = applyOverrides(survive(contributors), overrides);
  if (!force && isDeepStrictEqual(attributes, current.attributes) && isDeepStrictEqual(lineage, current.lineage)) return null;
  return { attributes, lineage, displayName: displayNameOf(attributes) };
}
