import Link from "next/link";
import type { RecentChangeEvent } from "@/src/distribution/list-recent-change-events";
import { formatTime } from "@/app/components/format";

/** The last change events, each leading to the record it changed, and whether subscribers were sent it yet. */
export function LatestChanges({ events }: { events: RecentChangeEvent[] }) {
  if (!events.length) return <p className="empty">No changes yet: ingest a batch from a source to create golden records.</p>;
  return (
    <div className="scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Event</th>
            <th scope="col">Golden record</th>
            <th scope="col">When</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="num muted">{e.sequence}</td>
              <td>
                <code>{e.type}</code>
              </td>
              <td>
                <Link href={`/golden/${e.goldenRecordId}`}>{e.displayName}</Link>
              </td>
              <td className="nowrap">{formatTime(e.createdAt)}</td>
              <td className="nowrap muted">{e.dispatchedAt ? formatTime(e.dispatchedAt) : "waiting"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
