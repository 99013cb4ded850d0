import Link from "next/link";
import type { SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { formatCount, formatTime } from "@/app/components/format";
import { formatAge } from "@/app/components/format-age";
import { excerpt } from "./excerpt";
import { FilterSummary } from "./filter-summary";
import { StandingBadge } from "./standing-badge";
import { standingOf } from "./standing";
import { SubscriberUrl } from "./subscriber-url";

const none = <span className="muted">never</span>;

function LastFailure({ failure, now }: { failure: SubscriberRow["lastFailure"]; now: number }) {
  if (!failure) return <span className="muted">none</span>;
  return (
    <>
      <span className="nowrap" title={formatTime(failure.at)}>
        {formatAge(now - failure.at.getTime())} ago{failure.statusCode !== null && <> · HTTP {failure.statusCode}</>}
      </span>
      <span className="small" title={failure.error}>
        <bdi>{excerpt(failure.error)}</bdi>
      </span>
    </>
  );
}

/**
 * Every subscriber with what its owner asks first: is it on, what does it
 * get, is anything waiting or lost, and did the last message go through.
 * On a phone the table scrolls sideways inside its panel.
 */
export function SubscribersTable({ subscribers, now }: { subscribers: SubscriberRow[]; now: number }) {
  return (
    <div className="scroll">
      <table className="table subscribers-table">
        <thead>
          <tr>
            <th scope="col">Subscriber</th>
            <th scope="col">Status</th>
            <th scope="col">Events and filters</th>
            <th scope="col" className="num">
              Pending
            </th>
            <th scope="col" className="num">
              Failed
            </th>
            <th scope="col">Last success</th>
            <th scope="col">Last failure</th>
          </tr>
        </thead>
        <tbody>
          {subscribers.map((s) => (
            <tr key={s.id} data-subscriber={s.name}>
              <th scope="row" className="subscriber-name">
                <Link href={`/subscribers/${s.id}`}>
                  <bdi>{s.name}</bdi>
                </Link>
                <SubscriberUrl url={s.url} />
              </th>
              <td className="subscriber-status">
                <StandingBadge standing={standingOf(s)} />
              </td>
              <td className="subscriber-sends">
                <FilterSummary subscriber={s} />
              </td>
              <td className="num">{s.pendingDeliveries ? <Link href={`/subscribers/${s.id}?status=PENDING`}>{formatCount(s.pendingDeliveries)}</Link> : 0}</td>
              <td className="num">{s.failedDeliveries ? <Link href={`/subscribers/${s.id}?status=FAILED`}>{formatCount(s.failedDeliveries)}</Link> : 0}</td>
              <td className="nowrap">{s.lastSuccessAt ? <span title={formatTime(s.lastSuccessAt)}>{formatAge(now - s.lastSuccessAt.getTime())} ago</span> : none}</td>
              <td className="subscriber-failure">
                <LastFailure failure={s.lastFailure} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
