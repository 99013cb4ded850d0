"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/components/form-message";
import type { Steward } from "@/src/stewardship/list-stewards";
import { changeAssignment, type AssignmentState } from "./assignment-actions";

type Props = {
  suspectId: string;
  queue: string;
  assignee: { id: string; name: string } | null;
  deferredUntil: string | null;
  me: string;
  stewards: Steward[];
  tomorrow: string;
};

/** Who works this pair and when: take it (a), hand it on, release it, or put it off until a day (d). */
export function AssignmentPanel({ suspectId, queue, assignee, deferredUntil, me, stewards, tomorrow }: Props) {
  const [state, action, pending] = useActionState<AssignmentState, FormData>(changeAssignment, { message: null });
  const hidden = (
    <>
      <input type="hidden" name="suspectId" value={suspectId} />
      <input type="hidden" name="queue" value={queue} />
    </>
  );
  return (
    <div className="queue-assignment">
      <FormMessage message={state.message} />
      <form action={action} className="decision">
        {hidden}
        <span>
          Assigned to: <strong>{assignee ? <bdi>{assignee.id === me ? `you (${assignee.name})` : assignee.name}</bdi> : "nobody"}</strong>
        </span>
        {assignee?.id !== me && (
          <button type="submit" name="intent" value="take" className="button small" disabled={pending} data-shortcut="a" aria-keyshortcuts="a">
            Assign to me
          </button>
        )}
        {assignee && (
          <button type="submit" name="intent" value="release" className="button small" disabled={pending}>
            Release
          </button>
        )}
      </form>
      <form action={action} className="decision">
        {hidden}
        <label className="field">
          <span>Assign to</span>
          <select name="assigneeId" defaultValue="">
            <option value="" disabled>
              Choose a steward
            </option>
            {stewards.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.email})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" name="intent" value="assign" className="button small" disabled={pending}>
          Assign
        </button>
      </form>
      <form action={action} className="decision">
        {hidden}
        <input type="hidden" name="intent" value="defer" />
        <label className="field">
          <span>Defer until</span>
          <input type="date" name="until" min={tomorrow} defaultValue={tomorrow} required data-shortcut="d" aria-keyshortcuts="d" />
        </label>
        <label className="field grow">
          <span>Reason (optional)</span>
          <input type="text" name="reason" maxLength={500} placeholder="e.g. waiting for the customer's call" />
        </label>
        <button type="submit" className="button small" disabled={pending}>
          Defer
        </button>
      </form>
      {deferredUntil && (
        <form action={action} className="decision">
          {hidden}
          <span>Deferred until {deferredUntil}: left out of the queue until then.</span>
          <button type="submit" name="intent" value="resume" className="button small" disabled={pending}>
            Bring back now
          </button>
        </form>
      )}
    </div>
  );
}
