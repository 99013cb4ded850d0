import type { DeliveryAttemptRow } from "@/src/distribution/subscribers/list-delivery-attempts";
import { formatCount, formatTime } from "@/app/components/format";
import { excerpt } from "../excerpt";

/**
 * Every POST of one delivery, numbered across resends, with what the
 * subscriber answered and how long it took: the evidence when its owner says
 * a message never came.
 */
export function AttemptsTable({ attempts, caption }: { attempts: DeliveryAttemptRow[]; caption: string }) {
  if (!attempts.length) return <p className="small muted">No attempt yet: it is waiting for its first send.</p>;
  return (
    <table className="table compact delivery-attempts">
      <caption className="small">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Attempt
          </th>
          <th scope="col">Time</th>
          <th scope="col" className="num">
            Status
          </th>
          <th scope="col" className="num">
            Latency (ms)
          </th>
          <th scope="col">Response or error</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => {
          const said = a.error ?? a.responseExcerpt;
          return (
            <tr key={a.id}>
              <th scope="row" className="num">
                {a.number}
              </th>
              <td className="nowrap">{formatTime(a.startedAt)}</td>
              <td className="num">{a.statusCode ?? <span className="muted">none</span>}</td>
              <td className="num">{formatCount(a.latencyMs)}</td>
              <td className="delivery-said" title={said ?? undefined}>
                {a.error && <span className="badge bad">error</span>} {said ? <bdi>{excerpt(said, 200)}</bdi> : <span className="muted">empty body</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
