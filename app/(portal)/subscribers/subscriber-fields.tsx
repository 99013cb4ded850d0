import { TextField } from "@/app/components/text-field";
import type { FieldIssue } from "@/src/errors";
import type { Option, SubscriberOptions } from "./subscriber-options";
import { issuesAbout, type SubscriberValues } from "./subscriber-input";

type Common = { id: string; issues: FieldIssue[]; hint?: string };

/** The problems a refusal names for one field, under it, tied to its input by id so a screen reader reads them with the field. */
function FieldErrors({ id, issues }: { id: string; issues: FieldIssue[] }) {
  if (!issues.length) return null;
  return (
    <span id={`${id}-error`} className="field-errors">
      {issues.map((i) => i.message).join(" ")}
    </span>
  );
}

const messagesAbout = (issues: FieldIssue[], name: string) => issuesAbout(issues, name).map((i) => i.message);

const describedBy = (id: string, hint: string | undefined, invalid: boolean) => [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** A short fixed list (event types, kinds of customer): checkboxes, none checked meaning all. */
function Checkboxes({ id, name, legend, issues, hint, options, chosen, type = "checkbox" }: Common & { name: string; legend: string; options: Option[]; chosen: string[]; type?: "checkbox" | "radio" }) {
  const mine = issuesAbout(issues, name);
  return (
    <fieldset className={`subscriber-fieldset${mine.length ? " invalid" : ""}`} aria-describedby={describedBy(id, hint, mine.length > 0)}>
      <legend>{legend}</legend>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      <div className="subscriber-choices">
        {options.map((o) => (
          <label key={o.value} className="subscriber-choice">
            <input type={type} name={name} value={o.value} defaultChecked={chosen.includes(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={id} issues={mine} />
    </fieldset>
  );
}

/** A longer list (sources, attributes): a multiple select, which the keyboard works natively; nothing chosen means all. */
function MultiSelect({ id, name, label, issues, hint, options, chosen }: Common & { name: string; label: string; options: Option[]; chosen: string[] }) {
  const mine = issuesAbout(issues, name);
  // A value chosen before its source was removed stays visible, so the refusal that names it can be answered.
  const all = [...options, ...chosen.filter((c) => !options.some((o) => o.value === c)).map((c) => ({ value: c, label: c }))];
  return (
    <div className="field subscriber-multi">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      <select id={id} name={name} multiple size={Math.min(8, Math.max(4, all.length))} defaultValue={chosen} aria-invalid={mine.length ? true : undefined} aria-describedby={describedBy(id, hint, mine.length > 0)}>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={id} issues={mine} />
    </div>
  );
}

type Props = { prefix: string; values: SubscriberValues; issues: FieldIssue[]; options: SubscriberOptions };

/**
 * The settings of a subscriber, for the create and the edit form alike. Each
 * field shows the problems a refusal names for it right beneath it; nothing
 * chosen in a filter means everything, and each filter says so.
 */
export function SubscriberFields({ prefix, values, issues, options }: Props) {
  const id = (name: string) => `${prefix}-${name}`;
  const several = "Ctrl- or ⌘-click to choose several.";
  return (
    <>
      <div className="admin-form-fields">
        <TextField id={id("name")} name="name" label="Name" required grow maxLength={100} placeholder="e.g. CRM customer sync" defaultValue={values.name} errors={messagesAbout(issues, "name")} />
        <TextField
          id={id("url")}
          name="url"
          label="URL"
          type="url"
          maxLength={options.urlMax}
          placeholder="https://crm.example.com/hooks/goldenhub"
          hint="Where the hub POSTs each signed event. Private, loopback and link-local addresses are refused unless allowlisted below."
          defaultValue={values.url}
          errors={messagesAbout(issues, "url")}
          required
          grow
        />
      </div>
      <div className="subscriber-filter-fields">
        <Checkboxes id={id("eventTypes")} name="eventTypes" legend="Event types" hint="None checked: every event type." options={options.eventTypes} chosen={values.eventTypes} issues={issues} />
        <Checkboxes id={id("entityTypes")} name="entityTypes" legend="Entity types" hint="None checked: people and organizations." options={options.entityTypes} chosen={values.entityTypes} issues={issues} />
        <Checkboxes
          id={id("payloadStyle")}
          name="payloadStyle"
          legend="Payload style"
          type="radio"
          options={[
            { value: "FULL", label: "Full record" },
            { value: "THIN", label: "Changed values only" },
          ]}
          chosen={[values.payloadStyle || "FULL"]}
          issues={issues}
        />
      </div>
      <div className="admin-form-fields subscriber-filter-fields">
        <MultiSelect id={id("sourceKeys")} name="sourceKeys" label="Sources" hint={`Changes that came from these sources. None chosen: every source. ${several}`} options={options.sources} chosen={values.sourceKeys} issues={issues} />
        <MultiSelect id={id("attributes")} name="attributes" label="Attributes" hint={`Changes that touch these values. None chosen: every change. ${several}`} options={options.attributes} chosen={values.attributes} issues={issues} />
      </div>
    </>
  );
}
