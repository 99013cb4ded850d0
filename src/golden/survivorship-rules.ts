import { z } from "zod";
import type postgres from "postgres";
import type { Tx } from "@/src/db";
import { attributeNames, type AttributeName } from "./attributes";

/**
 * The attributes survivorship decides together: a street from one system and
 * a postcode from another would describe a place where nobody lives, and a
 * first name from one record beside another's last name makes up a person.
 * Every other attribute is decided on its own.
 */
export const survivorshipUnits: readonly { key: string; label: string; attributes: readonly AttributeName[]; core?: readonly AttributeName[] }[] = [
  { key: "name", label: "Person name", attributes: ["firstName", "lastName"] },
  {
    key: "address",
    label: "Address",
    attributes: ["street", "houseNumber", "addressLine2", "city", "postalCode", "region", "country"],
    // A record offers an address only with one of these: a country alone must not displace another source's full address.
    core: ["street", "city", "postalCode"],
  },
  ...attributeNames
    .filter((n) => !["firstName", "lastName", "street", "houseNumber", "addressLine2", "city", "postalCode", "region", "country"].includes(n))
    .map((n) => ({ key: n, label: n, attributes: [n] as const })),
];

export const strategies = {
  "source-priority": "Source priority",
  "most-recent": "Most recent",
  "most-complete": "Most complete",
  "most-frequent": "Most frequent",
} as const;

export type Strategy = keyof typeof strategies;

const unitKeys = survivorshipUnits.map((u) => u.key) as [string, ...string[]];

const unitRule = z.object({
  strategy: z.enum(Object.keys(strategies) as [Strategy, ...Strategy[]]),
  /** source keys, most trusted first, for "source-priority"; sources not listed follow by their priority setting */
  sourceOrder: z.array(z.string().min(1).max(100)).max(50).optional(),
});

export type UnitRule = z.infer<typeof unitRule>;

/** A rule per unit; a unit without one is decided by source priority, the hub's behaviour before rules were editable. */
export const survivorshipRulesSchema = z.partialRecord(z.enum(unitKeys), unitRule);
export type SurvivorshipRules = z.infer<typeof survivorshipRulesSchema>;

export const defaultUnitRule: UnitRule = { strategy: "source-priority" };

/** The rules in force, read in the writer's transaction so a save reaches every later change at once (or outside one, to show them). */
export async function loadActiveRules(tx: Tx | postgres.Sql): Promise<{ version: number | null; rules: SurvivorshipRules }> {
  const [row] = await tx<{ version: number; rules: unknown }[]>`
    SELECT version, rules FROM "SurvivorshipRuleSet" WHERE status = 'ACTIVE' ORDER BY version DESC LIMIT 1`;
  if (!row) return { version: null, rules: {} };
  const parsed = survivorshipRulesSchema.safeParse(row.rules);
  return { version: row.version, rules: parsed.success ? parsed.data : {} };
}
