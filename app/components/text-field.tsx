type Props = {
  id: string;
  name: string;
  label: string;
  /** the problems a refusal names for this field, already worded for the reader */
  errors: string[];
  /** shown below the label in muted text: a default, an example */
  hint?: string;
  type?: "text" | "url" | "password";
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
  maxLength: number;
  inputMode?: "numeric";
  grow?: boolean;
};

/**
 * One labelled input of a portal form, marked invalid with its problems
 * beneath it and tied to them by id, so a screen reader reads them with the
 * field. Secrets are password inputs never given a value: whatever was typed
 * is gone after a submission.
 */
export function TextField({ id, name, label, errors, hint, type = "text", defaultValue, placeholder, required, maxLength, inputMode, grow }: Props) {
  const secret = type === "password";
  const invalid = errors.length > 0;
  return (
    <div className={`field${grow ? " grow" : ""}`}>
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted"> (optional)</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={secret ? "new-password" : "off"}
        spellCheck={false}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        placeholder={placeholder}
        defaultValue={secret ? undefined : defaultValue}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined}
      />
      {invalid && (
        <span id={`${id}-error`} className="field-errors">
          {errors.join(" ")}
        </span>
      )}
    </div>
  );
}
