import Link from "next/link";
import type { DeliveryRow } from "@/src/distribution/subscribers/list-deliveries";
import { formatTime } from "@/app/components/format";
import { formatAge } from "@/app/components/format-age";
import { StatusBadge } from "@/app/components/status-badge";
import { excerpt } from "../excerpt";
import { AttemptsTable } from "./attempts-table";
import { deliveriesHref, type DeliveryParams } from "./delivery-params";
import type { DeliveryLog } from "./load-deliveries";
import { ResendButton } from "./resend-button";

const COLUMNS = 11;

type Props = { subscriberId: string; rows: DeliveryRow[]; params: DeliveryParams; attempts: DeliveryLog["attempts"]; now: number };

const nameOf = (d: DeliveryRow) => `${d.eventType} #${d.sequence}`;

/** The row's own cells: what was sent, how it went, and what to do about it. */
function DeliveryCells({ d, subscriberId, params, open, now }: { d: DeliveryRow; subscriberId: string; params: DeliveryParams; open: boolean; now: number }) {
  return (
    <>
      <td>
        <StatusBadge status={d.status} />
      </td>
      <th scope="row" className="nowrap">
        {d.eventType}
      </th>
      <td className="delivery-golden">
        <Link href={`/golden/${d.goldenRecordId}`}>
          <code>{d.goldenRecordId}</code>
        </Link>
      </td>
      <td className="num">{d.version ?? <span className="muted">—</span>}</td>
      <td className="num">{d.sequence}</td>
      <td className="num" title="Attempts in the current retry schedule; a resend or replay starts it again, the attempt list keeps counting.">
        {d.attempts}
      </td>
      <td className="num">{d.lastStatusCode ?? <span className="muted">—</span>}</td>
      <td className="delivery-error" title={d.lastError ?? undefined}>
        {d.lastError ? <bdi>{excerpt(d.lastError)}</bdi> : <span className="muted">none</span>}
      </td>
      <td className="nowrap">{d.lastAttemptAt ? <span title={formatTime(d.lastAttemptAt)}>{formatAge(now - d.lastAttemptAt.getTime())} ago</span> : <span className="muted">not yet</span>}</td>
      <td className="nowrap">{d.deliveredAt ? formatTime(d.deliveredAt) : <span className="muted">—</span>}</td>
      <td>
        <div className="delivery-actions">
          <ResendButton subscriberId={subscriberId} deliveryId={d.id} label={nameOf(d)} />
          <Link
            href={deliveriesHref(subscriberId, { ...params, attempts: open ? undefined : d.id }, { jump: false })}
            scroll={false}
            className="button small"
            aria-expanded={open}
            aria-controls={open ? `attempts-${d.id}` : undefined}
            aria-label={`${open ? "Hide" : "Show"} attempts of ${nameOf(d)}`}
          >
            {open ? "Hide attempts" : "Attempts"}
          </Link>
        </div>
      </td>
    </>
  );
}

/**
 * One page of a subscriber's delivery log, newest first. "Attempts" opens
 * the row's attempt list beneath it through the URL (read on the server, one
 * query for the open row), so no script fetches anything and a link to it can
 * be shared. On a phone the table scrolls sideways inside its panel.
 */
export function DeliveriesTable({ subscriberId, rows, params, attempts, now }: Props) {
  return (
    <div className="scroll">
      <table className="table deliveries-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Event</th>
            <th scope="col">Golden record</th>
            <th scope="col" className="num">
              Version
            </th>
            <th scope="col" className="num">
              Sequence
            </th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col" className="num">
              Last status
            </th>
            <th scope="col">Last error</th>
            <th scope="col">Last attempt</th>
            <th scope="col">Delivered</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        {rows.map((d) => {
          const open = attempts?.deliveryId === d.id;
          // One tbody per delivery keeps its attempt list with it, for the zebra stripes and for screen readers alike.
          return (
            <tbody key={d.id} className={open ? "delivery-open" : undefined}>
              <tr data-delivery={d.id} data-sequence={d.sequence}>
                <DeliveryCells d={d} subscriberId={subscriberId} params={params} open={open} now={now} />
              </tr>
              {open && attempts && (
                <tr id={`attempts-${d.id}`} className="delivery-attempts-row">
                  <td colSpan={COLUMNS}>
                    <AttemptsTable attempts={attempts.rows} caption={`Attempts of ${nameOf(d)}, oldest first`} />
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
