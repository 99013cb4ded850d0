import { sql } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { loadContributors } from "@/src/golden/contributors";
import { survive } from "@/src/golden/survivorship";
import { loadActiveRules } from "@/src/golden/survivorship-rules";

/**
 * What survivorship would keep if the two records were merged now, from all
 * their active source records under the rules in force: the default the
 * compare page shows for each attribute before a steward picks otherwise.
 */
export async function previewMergedValues(opts: { leftId: string; rightId: string }): Promise<CustomerAttributes> {
  return sql.begin("read only", async (tx) => {
    const contributors = await loadContributors(tx, [opts.leftId, opts.rightId]);
    const { rules } = await loadActiveRules(tx);
    return survive([...(contributors.get(opts.leftId) ?? []), ...(contributors.get(opts.rightId) ?? [])], rules).attributes;
  });
}
