"use client";

/** A failed page read says so plainly and offers a retry; details stay in the server log under the digest. */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : "none";
  return (
    <div className="page-head">
      <h1>This page could not be loaded</h1>
      <p className="muted">
        The server could not read the data just now. Try again; if it keeps failing, give an administrator this reference: <code>{digest}</code>.
      </p>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
