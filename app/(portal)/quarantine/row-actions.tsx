"use client";

import { useActionState } from "react";
import { dismissRecord, retryRecord, type QuarantineFormState } from "./actions";

/** Retry or dismiss one quarantined record; what went wrong is said in the row it concerns. */
export function RowActions({ rejectedRecordId, externalId }: { rejectedRecordId: string; externalId: string | null }) {
  const [retried, retry, retrying] = useActionState<QuarantineFormState, FormData>(retryRecord, { message: null });
  const [dismissed, dismiss, dismissing] = useActionState<QuarantineFormState, FormData>(dismissRecord, { message: null });
  const label = externalId ?? "this record";
  const message = retried.message ?? dismissed.message;
  return (
    <div className="row-actions">
      {message && (
        <p className="form-message" role="alert">
          {message}
        </p>
      )}
      <form action={retry}>
        <input type="hidden" name="rejectedRecordId" value={rejectedRecordId} />
        <button type="submit" className="button small" disabled={retrying} aria-label={`Retry ${label}`}>
          Retry
        </button>
      </form>
      <details className="dismiss">
        <summary>Dismiss…</summary>
        <form action={dismiss} className="dismiss-form">
          <input type="hidden" name="rejectedRecordId" value={rejectedRecordId} />
          <label className="field">
            <span>Reason</span>
            <input name="reason" required maxLength={500} placeholder="e.g. a test record" />
          </label>
          <button type="submit" className="button small" disabled={dismissing} aria-label={`Dismiss ${label}`}>
            Dismiss
          </button>
        </form>
      </details>
    </div>
  );
}
