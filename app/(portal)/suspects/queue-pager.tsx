import Link from "next/link";
import { COUNT_CAP } from "@/src/stewardship/list-open-suspects";
import { queueHref, type QueueParams } from "./queue-params";

type Props = { params: QueueParams; after?: string; nextCursor: string | null; shown: number; total: number };

/** Keyset paging through the queue, keeping its filter; a count past the cap reads "10,000+". */
export function QueuePager({ params, after, nextCursor, shown, total }: Props) {
  const counted = total > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : total.toLocaleString("en-US");
  return (
    <nav className="pager" aria-label="Pages">
      <span className="muted">
        {shown} shown of {counted}
      </span>
      {after && <Link href={queueHref("/suspects", params)}>« First page</Link>}
      {nextCursor && (
        <Link href={queueHref("/suspects", params, { after: nextCursor })} rel="next">
          Next page »
        </Link>
      )}
    </nav>
  );
}
