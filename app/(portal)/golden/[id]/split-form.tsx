"use client";

import { useActionState } from "react";
import { splitOut, type StewardFormState } from "./actions";
import { FormMessage } from "@/app/components/form-message";

type Props = { goldenRecordId: string; version: number; record: { id: string; sourceName: string; externalId: string } };

/** Take one wrongly linked source record out into a golden record of its own. */
export function SplitForm({ goldenRecordId, version, record }: Props) {
  const [state, action, pending] = useActionState<StewardFormState, FormData>(splitOut, { message: null });
  return (
    <form action={action} className="steward-form" id="split">
      <input type="hidden" name="goldenRecordId" value={goldenRecordId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="sourceRecordId" value={record.id} />
      <p>
        Split <strong>{record.sourceName}</strong> <code>{record.externalId}</code> out of this record into a new golden record.
      </p>
      <FormMessage message={state.message} />
      <label>
        Reason
        <input name="reason" maxLength={500} required placeholder="e.g. a different person at the same address" />
      </label>
      <label className="check">
        <input type="checkbox" name="remember" defaultChecked /> Remember the two as not a duplicate
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          Split out
        </button>
      </div>
    </form>
  );
}
