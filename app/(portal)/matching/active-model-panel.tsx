import type { ActiveModel } from "@/src/matching/model/load-active-model";
import { priorLogOdds } from "@/src/matching/model/match-model";
import type { MatchModelRow } from "@/src/matching/model/list-match-models";
import { formatCount, formatTime, formatWeight } from "@/app/components/format";
import { formatProbability } from "./model-format";

const entities = [
  { key: "person", label: "Person" },
  { key: "organization", label: "Organization" },
] as const;

/** The commonest last names, whose exact agreement the model weighs down, so an admin sees the adjustment is learned from their data. */
function commonNames(model: ActiveModel["model"]): string {
  const f = model.frequencies?.lastName;
  if (!f) return "not counted yet: retraining counts how common each name is";
  const top = Object.entries(f.counts)
    .slice(0, 3)
    .map(([name, count]) => `${name} (1 in ${formatCount(Math.round(f.records / count))})`);
  return `${top.join(", ")}, counted over ${formatCount(f.records)} records`;
}

/** The version matching uses now, who put it in force, and the thresholds that decide merge, review or new. */
export function ActiveModelPanel({ active, row }: { active: ActiveModel; row: MatchModelRow | null }) {
  return (
    <section className="panel" aria-labelledby="active-model">
      <h2 id="active-model">Active model {active.version}</h2>
      <dl className="meta model-meta">
        <dt>Activated</dt>
        <dd>{row?.activatedAt ? formatTime(row.activatedAt) : "never: the built-in starting model is in use"}</dd>
        {row?.activatedBy && (
          <>
            <dt>By</dt>
            <dd>
              <code>{row.activatedBy}</code>
            </dd>
          </>
        )}
        <dt>Match rate</dt>
        <dd>{formatProbability(active.model.matchRate)} of candidate pairs</dd>
        <dt>Starting log-odds</dt>
        <dd>{formatWeight(priorLogOdds(active.model))}</dd>
        <dt>Commonest last names</dt>
        <dd>{commonNames(active.model)}</dd>
      </dl>
      <table className="table thresholds-table">
        <caption className="sr-only">Thresholds in force</caption>
        <thead>
          <tr>
            <th scope="col">Entity type</th>
            <th scope="col" className="num">
              Auto-merge at
            </th>
            <th scope="col" className="num">
              Review at
            </th>
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.key}>
              <th scope="row">{e.label}</th>
              <td className="num">{formatProbability(active.thresholds[e.key].auto)}</td>
              <td className="num">{formatProbability(active.thresholds[e.key].review)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        A pair whose match probability reaches the auto-merge threshold is linked at once; one between the two thresholds becomes a
        duplicate suspect for stewards; below review, the record stays a customer of its own.
      </p>
    </section>
  );
}
