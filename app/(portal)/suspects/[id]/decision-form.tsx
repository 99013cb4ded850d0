"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { decideSuspect, type DecisionState } from "./actions";
import { decisionFormId } from "./decision-form-id";

type Props = { suspectId: string; versions: { left: number; right: number }; queue: string; skipHref: string; picks: number };

/**
 * Merge (with the field picks ticked in the table above) or dismiss, or skip
 * to the next pair; a refusal or a conflict (already decided, a record
 * changed since it was loaded) is shown here in words.
 */
export function DecisionForm({ suspectId, versions, queue, skipHref, picks }: Props) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(decideSuspect, { message: null });
  return (
    <form id={decisionFormId} action={action} className="decision">
      <input type="hidden" name="suspectId" value={suspectId} />
      <input type="hidden" name="leftVersion" value={versions.left} />
      <input type="hidden" name="rightVersion" value={versions.right} />
      <input type="hidden" name="queue" value={queue} />
      <FormMessage message={state.message} />
      <button type="submit" name="decision" value="merge" className="button primary" disabled={pending} data-shortcut="m" aria-keyshortcuts="m">
        Merge
      </button>
      <button type="submit" name="decision" value="not-duplicate" className="button" disabled={pending} data-shortcut="n" aria-keyshortcuts="n">
        Not a duplicate
      </button>
      <Link href={skipHref} className="button" aria-keyshortcuts="s">
        Skip
      </Link>
      <span className="small muted">
        {picks > 0 ? "Values you pick in the table are kept as steward overrides. " : ""}Merging keeps both ids; the record merged away points at the survivor.
      </span>
    </form>
  );
}
