import type { MatchModelRow, ModelQuality, ModelTraining } from "@/src/matching/model/list-match-models";
import { formatCount, formatPercent, formatTime } from "@/app/components/format";
import { ActivateButton } from "./activate-button";
import { formatShare } from "./model-format";
import { ModelStatusBadge } from "./model-status-badge";

function Training({ training }: { training: ModelTraining | null }) {
  if (!training) return <span className="muted">not retrained</span>;
  return (
    <>
      {formatCount(training.pairs)} pairs, {formatCount(training.labelled)} labelled
      <div className="small muted">
        {training.iterations} iterations from {training.startedFrom}
      </div>
    </>
  );
}

function Expected({ quality }: { quality: ModelQuality[keyof ModelQuality] | undefined }) {
  if (!quality) return <span className="muted">—</span>;
  return (
    <>
      <span className="nowrap">precision {formatShare(quality.precision)}</span>
      <br />
      <span className="nowrap">recall {formatShare(quality.recall)}</span>
      <div className="small muted nowrap">
        at {formatPercent(quality.threshold)}: {formatCount(quality.pairsAbove)} pairs
      </div>
    </>
  );
}

/** Every model version, newest first, with enough about each to decide whether to put it in force. */
export function VersionsTable({ rows }: { rows: MatchModelRow[] }) {
  if (!rows.length) return <p className="empty">No versions yet: matching uses the built-in model until thresholds are saved or a model is retrained.</p>;
  return (
    <div className="scroll">
      <table className="table versions-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Note</th>
            <th scope="col">Training</th>
            <th scope="col" title="Expected from the model's own probabilities, at the person auto-merge threshold">
              Auto-merge
            </th>
            <th scope="col" title="Expected from the model's own probabilities, at the person review threshold">
              Review
            </th>
            <th scope="col">
              <span className="sr-only">Activate</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <th scope="row">v{m.version}</th>
              <td>
                <ModelStatusBadge status={m.status} />
              </td>
              <td>
                <code>{m.createdBy}</code>
                <div className="small muted nowrap">{formatTime(m.createdAt)}</div>
              </td>
              <td>{m.note ?? <span className="muted">—</span>}</td>
              <td>
                <Training training={m.training} />
              </td>
              <td>
                <Expected quality={m.quality?.autoMerge} />
              </td>
              <td>
                <Expected quality={m.quality?.review} />
              </td>
              <td>{m.status === "ACTIVE" ? <span className="muted small">in use</span> : <ActivateButton modelId={m.id} version={m.version} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
