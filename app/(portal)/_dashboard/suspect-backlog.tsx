import Link from "next/link";
import { ageBuckets, type BandRow } from "@/src/operations/count-open-suspects-by-band";
import { formatCount } from "@/app/components/format";

const tones = { day: "tone-1", week: "tone-2", older: "tone-4" } as const;

/** The open queue as score band × waiting time, each band with a bar of its size split by age, so stale easy merges stand out. */
export function SuspectBacklog({ rows }: { rows: BandRow[] }) {
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  if (!total) return <p className="empty">No suspect is open: matching has nothing waiting for a steward.</p>;
  const max = Math.max(...rows.map((r) => r.total));
  return (
    <div className="scroll">
      <table className="table compact backlog">
        <thead>
          <tr>
            <th scope="col">Score</th>
            {ageBuckets.map((a) => (
              <th key={a.key} scope="col" className="num">
                <span className={`swatch ${tones[a.key]}`} aria-hidden="true" /> {a.label}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="bar-cell">
              <span className="sr-only">Share of the queue</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.band}>
              <th scope="row">{r.label}</th>
              {ageBuckets.map((a) => (
                <td key={a.key} className={`num${r.byAge[a.key] ? "" : " muted"}`}>
                  {formatCount(r.byAge[a.key])}
                </td>
              ))}
              <td className="num">
                <strong>{formatCount(r.total)}</strong>
              </td>
              <td className="bar-cell" aria-hidden="true">
                <span className="mini-stack" style={{ width: `${(r.total / max) * 100}%` }}>
                  {ageBuckets.map((a) => (r.byAge[a.key] ? <span key={a.key} className={`segment ${tones[a.key]}`} style={{ flexGrow: r.byAge[a.key] }} /> : null))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All</th>
            {ageBuckets.map((a) => (
              <td key={a.key} className="num">
                {formatCount(rows.reduce((sum, r) => sum + r.byAge[a.key], 0))}
              </td>
            ))}
            <td className="num">
              <Link href="/suspects">{formatCount(total)}</Link>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
