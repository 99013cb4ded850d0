"use client";

import { useActionState, useEffect, useRef } from "react";
import { postComment, type CommentFormState } from "./comment-actions";
import { FormMessage } from "@/app/components/form-message";

type Props = { targetType: string; targetId: string; path: string };

/** Write a comment; the box empties once it is posted. */
export function CommentForm({ targetType, targetId, path }: Props) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(postComment, { message: null, ok: false });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form action={action} ref={form} className="comment-form">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="path" value={path} />
      <FormMessage message={state.message} />
      <label>
        <span className="visually-hidden">Comment</span>
        <textarea name="body" rows={2} maxLength={2000} required placeholder="Add a comment for the next steward…" />
      </label>
      <button type="submit" className="button small" disabled={pending}>
        Comment
      </button>
    </form>
  );
}
