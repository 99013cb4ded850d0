"use client";

import { ConfirmButton } from "@/app/components/confirm-button";
import { removeAllowlistEntryAction } from "./actions";

/** Removing an entry can switch subscribers off at their next delivery, so the confirmation says so. */
export function RemoveEntryButton({ entryId, pattern }: { entryId: string; pattern: string }) {
  return (
    <ConfirmButton
      action={removeAllowlistEntryAction}
      initial={{ message: null, ok: true, issues: [] }}
      fields={{ entryId }}
      verb="Remove"
      gerund="removing"
      subject={pattern}
      warning="Subscribers that use it are disabled at their next delivery."
    />
  );
}
