import Link from "next/link";

type Props = { path: string; params: Record<string, string | undefined>; after?: string; nextCursor: string | null; shown: number; total: number };

function href(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Cursor paging: "next" carries the last row's id, "first page" drops it; filters are kept on both. */
export function Pager({ path, params, after, nextCursor, shown, total }: Props) {
  return (
    <nav className="pager" aria-label="Pages">
      <span className="muted">
        {shown} shown of {total.toLocaleString("en-US")}
      </span>
      {after && <Link href={href(path, { ...params, after: undefined })}>« First page</Link>}
      {nextCursor && (
        <Link href={href(path, { ...params, after: nextCursor })} rel="next">
          Next page »
        </Link>
      )}
    </nav>
  );
}
