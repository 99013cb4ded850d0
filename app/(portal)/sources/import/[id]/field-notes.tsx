/** The attributes that tie a control to its hint and its problems, and mark it invalid when it has any. */
export function describedBy(id: string, opts: { hint?: string; errors: string[] }) {
  const ids = [opts.hint && `${id}-hint`, opts.errors.length && `${id}-error`].filter(Boolean).join(" ");
  return { id, "aria-invalid": opts.errors.length ? true : undefined, "aria-describedby": ids || undefined } as const;
}

/** A control's hint in muted text and its problems beneath it, with the ids `describedBy` points at. */
export function FieldNotes({ id, hint, label, errors }: { id: string; hint?: string; label: string; errors: string[] }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {errors.length > 0 && (
        <span id={`${id}-error`} className="field-errors">
          {label}: {errors.join("; ")}
        </span>
      )}
    </>
  );
}
