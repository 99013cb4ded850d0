import type { Registry } from "prom-client";
import { sql } from "@/src/db";
import { scoreBands, type ScoreBand } from "../count-open-suspects-by-band";
import { perScrape } from "./per-scrape";
import { snapshotGauge } from "./snapshot-gauge";

/**
 * The stewards' open queue by score band (the dashboard's bands), every band
 * present even when empty, so an alert on a growing queue sees zero fall back
 * rather than a series that vanished. One grouped statement on the (status, score) index.
 */
export function registerSuspectMetrics(registry: Registry): Record<string, () => Promise<unknown>> {
  const open = perScrape("open suspects", () =>
    sql<{ band: ScoreBand; count: number }[]>`
      SELECT CASE WHEN score >= 0.9 THEN 'top' WHEN score >= 0.7 THEN 'high' WHEN score >= 0.5 THEN 'mid' ELSE 'low' END AS band,
             count(*)::int AS count
      FROM "DuplicateSuspect" WHERE status = 'OPEN' GROUP BY 1`,
  );
  snapshotGauge(
    registry,
    { name: "goldenhub_open_suspects", help: "Open duplicate suspects waiting for a steward, by score band (top ≥ 0.9, high ≥ 0.7, mid ≥ 0.5, low).", labelNames: ["band"] },
    open,
    (set, rows) => {
      for (const { key } of scoreBands) set({ band: key }, rows.find((r) => r.band === key)?.count ?? 0);
    },
  );
  return { open_suspects: open };
}
