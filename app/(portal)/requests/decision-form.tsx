"use client";

import { useActionState } from "react";
import { decideRequest, type RequestFormState } from "./actions";
import { FormMessage } from "@/app/components/form-message";

/** Approve or reject one request, with a reason (required to reject). */
export function RequestDecisionForm({ requestId }: { requestId: string }) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(decideRequest, { message: null });
  return (
    <form action={action} className="request-decision">
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage message={state.message} />
      <label>
        <span className="visually-hidden">Reason</span>
        <input name="reason" maxLength={500} placeholder="Reason (required to reject)" />
      </label>
      <button type="submit" name="decision" value="approve" className="button primary small" disabled={pending}>
        Approve
      </button>
      <button type="submit" name="decision" value="reject" className="button small" disabled={pending}>
        Reject
      </button>
    </form>
  );
}
