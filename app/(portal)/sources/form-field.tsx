import { TextField } from "@/app/components/text-field";
import type { FieldIssue } from "@/src/errors";
import { isAbout, registerFieldLabels } from "./register-input";

type Props = {
  name: string;
  issues: FieldIssue[];
  hint?: string;
  type?: "text" | "url" | "password";
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric";
  grow?: boolean;
};

/** A field of the register form, labelled as refusals name it, each problem prefixed with that label. */
export function FormField({ name, issues, maxLength = 500, ...rest }: Props) {
  const label = registerFieldLabels[name];
  const errors = issues.filter((i) => isAbout(i, name)).map((i) => `${label}: ${i.message}`);
  return <TextField id={`source-${name.replace(/\./g, "-")}`} name={name} label={label} errors={errors} maxLength={maxLength} {...rest} />;
}
