import Link from "next/link";

/** Shown for an unknown golden record or suspect id, e.g. from an old link. */
export default function NotFound() {
  return (
    <div className="page-head">
      <h1>Not found</h1>
      <p className="muted">
        Nothing has that id. It may have been typed wrong; <Link href="/golden">search the golden records</Link> instead.
      </p>
    </div>
  );
}
