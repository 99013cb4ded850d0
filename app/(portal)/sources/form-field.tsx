import type { FieldIssue } from "@/src/errors";
import { isAbout, registerFieldLabels } from "./register-input";

type Props = {
  name: string;
  issues: FieldIssue[];
  /** shown below the label in muted text: a default, an example */
  hint?: string;
  type?: "text" | "url" | "password";
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric";
  grow?: boolean;
};

/**
 * One labelled input of the register form, marked invalid with its problem
 * beneath it when a refusal names it. Secrets are password inputs that are
 * never given a value: whatever was typed is gone after a submission.
 */
export function FormField({ name, issues, hint, type = "text", defaultValue, placeholder, required, maxLength = 500, inputMode, grow }: Props) {
  const label = registerFieldLabels[name];
  const mine = issues.filter((i) => isAbout(i, name));
  const id = `source-${name.replace(/\./g, "-")}`;
  const secret = type === "password";
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
        aria-invalid={mine.length ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, mine.length && `${id}-error`].filter(Boolean).join(" ") || undefined}
      />
      {mine.length > 0 && (
        <span id={`${id}-error`} className="field-errors">
          {label}: {mine.map((i) => i.message).join("; ")}
        </span>
      )}
    </div>
  );
}
