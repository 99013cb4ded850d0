"use client";

import { useActionState } from "react";
import { undoMerge, type StewardFormState } from "./actions";
import { FormMessage } from "@/app/components/form-message";

/** Undo one merge: a reason, whether to remember the pair as distinct, and the button. */
export function UndoMergeForm({ goldenRecordId, mergeId }: { goldenRecordId: string; mergeId: string }) {
  const [state, action, pending] = useActionState<StewardFormState, FormData>(undoMerge, { message: null });
  return (
    <form action={action} className="steward-form inline">
      <input type="hidden" name="goldenRecordId" value={goldenRecordId} />
      <input type="hidden" name="mergeId" value={mergeId} />
      <FormMessage message={state.message} />
      <label>
        Reason
        <input name="reason" maxLength={500} required placeholder="why the merge was wrong" />
      </label>
      <label className="check">
        <input type="checkbox" name="remember" defaultChecked /> Remember as not a duplicate
      </label>
      <button type="submit" className="button" disabled={pending}>
        Undo merge
      </button>
    </form>
  );
}
