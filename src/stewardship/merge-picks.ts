import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import type { Overrides } from "@/src/golden/overrides";
import { readAttributes } from "@/src/golden/read-golden-json";

/** A steward's choice of surviving values in a merge, per attribute. */
export type MergePicks = Partial<Record<AttributeName, string>>;

/**
 * Turns a steward's picks into overrides on the survivor, refusing a value
 * neither record holds: a merge chooses between what the two sides say, and a
 * new value is an edit, which has its own reason and its own approval.
 */
export async function picksToOverrides(tx: Tx, opts: { goldenIds: string[]; picks: MergePicks; author: string; reason: string; at: Date }): Promise<Overrides> {
  const names = Object.keys(opts.picks) as AttributeName[];
  if (!names.length) return {};
  const rows = await tx<{ attributes: unknown }[]>`
    SELECT attributes FROM "GoldenRecord" WHERE id = ANY(${opts.goldenIds}::text[])
    UNION ALL
    SELECT standardized FROM "SourceRecord" WHERE "goldenRecordId" = ANY(${opts.goldenIds}::text[]) AND status = 'ACTIVE'`;
  const held = rows.map((r) => readAttributes(r.attributes));
  const overrides: Overrides = {};
  for (const name of names) {
    const value = opts.picks[name]!;
    if (!attributeNames.includes(name)) throw new AppError("VALIDATION_FAILED", `"${name}" is not a customer attribute.`, [{ path: `picks.${name}`, message: "unknown attribute" }]);
    if (!held.some((a) => a[name] === value)) {
      throw new AppError("CONFLICT", `Neither record holds "${value}" as ${name} any more; open the suspect again to see its fresh values.`, [
        { path: `picks.${name}`, message: "not a value of either record" },
      ]);
    }
    overrides[name] = { value, author: opts.author, reason: opts.reason, at: opts.at.toISOString() };
  }
  return overrides;
}
