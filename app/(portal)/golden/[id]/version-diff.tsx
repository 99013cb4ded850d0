import { AppError } from "@/src/errors";
import { loadVersionPair, type VersionPair } from "@/src/golden/load-version-pair";
import { formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { VersionDiffTable } from "./version-diff-table";

type Props = { goldenRecordId: string; latest: number; query: Record<string, string | string[] | undefined> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A version as its heading in the comparison: when, why and by whom. */
function VersionLine({ label, v }: { label: string; v: VersionPair["from"] }) {
  return (
    <li>
      <strong>
        {label} {v.version}
      </strong>{" "}
      {formatTime(v.createdAt)} · <bdi>{v.reason}</bdi> · <code>{v.actor}</code>
    </li>
  );
}

/**
 * Any two versions of the record compared field by field (`?from=3&to=7`),
 * so a steward can see what an ingest, merge or correction did to it. A
 * version that does not exist is said so in place of the comparison.
 */
export async function VersionDiff({ goldenRecordId, latest, query }: Props) {
  if (latest < 2) return <p className="muted small">Only one version so far: nothing to compare yet.</p>;
  const from = one(query.from);
  const to = one(query.to);
  let pair: VersionPair | null = null;
  let problem: string | null = null;
  if (from !== undefined || to !== undefined) {
    try {
      pair = await loadVersionPair({ principal: await requirePrincipal(), goldenRecordId, from, to });
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== "VALIDATION_FAILED" && error.code !== "NOT_FOUND")) throw error;
      problem = error.message;
    }
  }
  return (
    <div className="version-compare" id="compare">
      <h3>Compare two versions</h3>
      <form className="compare-form" method="get" action={`/golden/${goldenRecordId}#compare`} key={`${from}-${to}`}>
        <label className="field inline">
          <span>From version</span>
          <input type="number" name="from" min={1} required defaultValue={from ?? latest - 1} />
        </label>
        <label className="field inline">
          <span>To version</span>
          <input type="number" name="to" min={1} required defaultValue={to ?? latest} />
        </label>
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      {problem && (
        <p className="form-message" role="alert">
          {problem}
        </p>
      )}
      {pair && (
        <>
          <ul className="plain version-lines">
            <VersionLine label="From version" v={pair.from} />
            <VersionLine label="To version" v={pair.to} />
          </ul>
          <VersionDiffTable pair={pair} />
        </>
      )}
    </div>
  );
}
