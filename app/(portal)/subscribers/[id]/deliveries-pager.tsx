import Link from "next/link";
import { deliveriesHref, type DeliveryParams } from "./delivery-params";

/** Cursor paging through the log: newest first, then older pages; the filter is kept on both links, the open attempt list is not. */
export function DeliveriesPager({ subscriberId, params, shown, endCursor, hasNextPage }: { subscriberId: string; params: DeliveryParams; shown: number; endCursor: string | null; hasNextPage: boolean }) {
  const base = { status: params.status };
  return (
    <nav className="pager" aria-label="Delivery log pages">
      <span className="muted">{shown} shown</span>
      {params.after && <Link href={deliveriesHref(subscriberId, base)}>« Newest</Link>}
      {hasNextPage && endCursor && (
        <Link href={deliveriesHref(subscriberId, { ...base, after: endCursor })} rel="next">
          Older »
        </Link>
      )}
    </nav>
  );
}
