import type { StewardThroughput as Throughput } from "@/src/operations/count-steward-throughput";
import { formatCount } from "@/app/components/format";

/** Decisions per steward per day as a row of small bars each, on one scale for everyone, with the totals as text. */
export function StewardThroughput({ stewards, days }: { stewards: Throughput[]; days: number }) {
  if (!stewards.length) return <p className="empty">No suspect was decided in the last {days} days.</p>;
  const max = Math.max(1, ...stewards.flatMap((s) => s.perDay.map((d) => d.count)));
  return (
    <div className="scroll">
      <table className="table compact throughput">
        <thead>
          <tr>
            <th scope="col">Steward</th>
            <th scope="col">Per day, oldest first</th>
            <th scope="col" className="num">
              Today
            </th>
            <th scope="col" className="num">
              {days} days
            </th>
          </tr>
        </thead>
        <tbody>
          {stewards.map((s) => (
            <tr key={s.actor}>
              <td>
                <code>{s.actor}</code>
              </td>
              <td>
                <span className="spark" aria-hidden="true">
                  {s.perDay.map((d) => (
                    <span key={d.day} title={`${d.day}: ${d.count}`} style={{ height: `${Math.max(d.count ? 8 : 2, (d.count / max) * 100)}%` }} className={d.count ? "tone-1" : "spark-zero"} />
                  ))}
                </span>
                <span className="sr-only">busiest day {Math.max(...s.perDay.map((d) => d.count))} decisions</span>
              </td>
              <td className="num">{formatCount(s.perDay[s.perDay.length - 1].count)}</td>
              <td className="num">
                <strong>{formatCount(s.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
