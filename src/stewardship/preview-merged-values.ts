import { sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { loadContributors } from "@/src/golden/contributors";
import { carriedOverrides, olderFirst } from "@/src/golden/merge-order";
import { applyOverrides, readOverrides } from "@/src/golden/overrides";
import { survive } from "@/src/golden/survivorship";
import { loadActiveRules } from "@/src/golden/survivorship-rules";

/**
 * What the merged record would hold if the two were merged now: survivorship
 * over all their active source records under the rules in force, then the
 * stewards' corrections both records carry, as the merge keeps them. The
 * compare page shows it as the default for each attribute before a steward
 * picks otherwise.
 */
export async function previewMergedValues(opts: { leftId: string; rightId: string }): Promise<CustomerAttributes> {
  return sql.begin("read only", async (tx) => {
    const contributors = await loadContributors(tx, [opts.leftId, opts.rightId]);
    const { rules } = await loadActiveRules(tx);
    const pair = await tx<{ id: string; createdAt: Date; overrides: unknown }[]>`
      SELECT id, "createdAt", overrides FROM "GoldenRecord" WHERE id IN (${opts.leftId}, ${opts.rightId})`;
    const [survivor, merged] = pair.sort(olderFirst).map((g) => readOverrides(g.overrides));
    const survived = survive([...(contributors.get(opts.leftId) ?? []), ...(contributors.get(opts.rightId) ?? [])], rules);
    return applyOverrides(survived, carriedOverrides(survivor ?? {}, merged ?? {})).attributes;
  });
}
