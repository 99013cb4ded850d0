import type { Metadata } from "next";
import { z } from "zod";
import { can } from "@/src/auth/permissions";
import { loadActiveModel, type BuiltInLevel } from "@/src/matching/model/load-active-model";
import { priorLogOdds } from "@/src/matching/model/match-model";
import { listMatchModels, type MatchModelRow } from "@/src/matching/model/list-match-models";
import { listSources } from "@/src/sources/list-sources";
import { attributeLabel, formatCount, formatWeight } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { ActiveModelPanel } from "./active-model-panel";
import { levelLabel } from "./model-format";
import { ModelTable } from "./model-table";
import { RetrainButton } from "./retrain-button";
import { SourcesTable } from "./sources-table";
import { ThresholdsForm } from "./thresholds-form";
import { VersionsTable } from "./versions-table";

export const metadata: Metadata = { title: "Matching" };

const VERSIONS_SHOWN = 50;
const querySchema = z.object({
  notice: z.enum(["retrained", "activated"]).optional().catch(undefined),
  version: z.coerce.number().int().positive().optional().catch(undefined),
});

/** A notice from a redirect is shown only while it is still true, so a later threshold change cannot leave "v3 is active" on screen under v4. */
function noticeText(query: z.infer<typeof querySchema>, activeVersion: string, rows: MatchModelRow[]): string | null {
  const { notice, version } = query;
  if (notice === "retrained" && rows.some((r) => r.version === version && r.status === "DRAFT")) {
    return `Draft v${version} is ready. Compare its expected precision and recall below; matching keeps using ${activeVersion} until you activate it.`;
  }
  if (notice === "activated" && activeVersion === `v${version}`) {
    return `Version v${version} is active. New records are matched with it; running workers pick it up within seconds.`;
  }
  return null;
}

const builtInLevelName = ({ field, level }: BuiltInLevel) => `${attributeLabel(field)}: ${levelLabel(level).toLowerCase()}`;

/** The admin's view of matching: the model in force, its thresholds, and the versions to retrain, compare and activate. */
export default async function MatchingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  if (!can(principal, "matching.manage")) {
    return (
      <div className="page-head">
        <h1>Matching</h1>
        <p className="notice warn" role="alert">
          Only administrators can see and change the matching model. If matching decides badly, tell an administrator which pairs.
        </p>
      </div>
    );
  }
  const shown = querySchema.parse(await searchParams);
  const [active, versions, sources] = await Promise.all([
    loadActiveModel({ fresh: true }),
    listMatchModels({ take: VERSIONS_SHOWN }),
    listSources({ principal }),
  ]);
  const activeRow = versions.active?.id === active.id ? versions.active : null;
  const notice = noticeText(shown, active.version, versions.rows);
  return (
    <>
      {notice && (
        <p className="notice ok" role="status">
          {notice}
        </p>
      )}
      <div className="page-head">
        <h1>Matching</h1>
        <p className="muted">How incoming records are scored against known customers, and when a pair is merged or sent for review.</p>
      </div>
      <div className="panels">
        <ActiveModelPanel active={active} row={activeRow} />
        <section className="panel" aria-labelledby="change-thresholds">
          <h2 id="change-thresholds">Change thresholds</h2>
          <p className="muted small">In percent of match probability. Saving creates a new active version with the same model.</p>
          <ThresholdsForm current={active.thresholds} />
        </section>
      </div>
      <section className="panel" aria-labelledby="sources">
        <h2 id="sources">Sources and their own duplicates</h2>
        <p className="muted small">
          A source that may hold one customer twice (most CRMs do) has its own duplicates merged at the auto-merge threshold. A source that
          keeps one record per customer must reach the within-source bar: there a second record of one customer contradicts the source&apos;s
          own rule.
        </p>
        <SourcesTable rows={sources} bars={active.thresholds.person} />
      </section>
      <section className="panel" aria-labelledby="versions">
        <div className="panel-head">
          <div>
            <h2 id="versions">Versions</h2>
            <p className="muted small">
              Retraining learns from the hub&apos;s own candidate pairs and every steward decision, and stores a draft. Nothing changes for
              matching until a version is activated.
            </p>
          </div>
          <RetrainButton />
        </div>
        <VersionsTable rows={versions.rows} />
        {versions.total > versions.rows.length && (
          <p className="small muted">
            The latest {versions.rows.length} of {formatCount(versions.total)} versions.
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="weights">
        <h2 id="weights">Weights of {active.version}</h2>
        <p className="muted small">
          Each level adds its weight, ln(m/u), to the starting log-odds of {formatWeight(priorLogOdds(active.model))}: green is evidence
          for a match, red against. A field either record lacks adds nothing.
        </p>
        {active.builtInLevels.length > 0 && (
          <p className="notice warn">
            {active.version} has no weight of its own for {active.builtInLevels.map(builtInLevelName).join(", ")}: the comparison is newer than
            the version. Matching uses the built-in model&apos;s weight instead, marked <em>built-in</em> below, until a version retrained from
            data (Versions → Retrain from data) is activated.
          </p>
        )}
        <ModelTable model={active.model} builtInLevels={active.builtInLevels} />
      </section>
    </>
  );
}
