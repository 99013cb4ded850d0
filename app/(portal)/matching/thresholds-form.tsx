"use client";

import { useActionState } from "react";
import type { FieldIssue } from "@/src/errors";
import type { EntityThresholds } from "@/src/matching/model/thresholds";
import { saveThresholds, type ThresholdsState } from "./actions";
import type { ThresholdInput } from "./threshold-inputs";

const entities = [
  { key: "person", label: "Person" },
  { key: "organization", label: "Organization" },
] as const;

const bands = [
  { key: "auto", label: "Auto-merge at or above", hint: "linked without review" },
  { key: "review", label: "Review at or above", hint: "sent to stewards as a suspect" },
  { key: "sameSource", label: "Auto-merge within one source at or above", hint: "for sources that keep one record per customer" },
] as const;

const names: Record<string, string> = { person: "Person", organization: "Organization", auto: "auto-merge threshold", review: "review threshold", sameSource: "within-source bar", note: "Note" };

/** "person.review" reads as "Person review threshold", so a refusal names the field the way the form labels it. */
function describe(issue: FieldIssue): string {
  const label = issue.path.split(".").map((part) => names[part] ?? part).join(" ");
  return `${label}: ${issue.message}`;
}

const asPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

/** The thresholds in percent; saving makes a new active version, so every change stays on record with who made it. */
export function ThresholdsForm({ current }: { current: EntityThresholds }) {
  const initial: ThresholdsState = { message: null, saved: false, issues: [], values: null };
  const [state, action, pending] = useActionState<ThresholdsState, FormData>(saveThresholds, initial);
  const valueOf = (name: ThresholdInput, fraction: number) => state.values?.[name] ?? asPercent(fraction);
  const issuesFor = (prefix: string) => state.issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
  const otherIssues = state.issues.filter((i) => !entities.some((e) => i.path === e.key || i.path.startsWith(`${e.key}.`)));
  return (
    <form action={action} className="thresholds-form" noValidate>
      <div className="threshold-groups">
        {entities.map((entity) => {
          const errors = issuesFor(entity.key);
          return (
            <fieldset key={entity.key} className={`threshold-group${errors.length ? " invalid" : ""}`}>
              <legend>{entity.label}</legend>
              {bands.map((band) => {
                const name = `${entity.key}.${band.key}` as ThresholdInput;
                const invalid = errors.some((i) => i.path === entity.key || i.path === name);
                return (
                  <label key={band.key} className="field">
                    <span>
                      {band.label} (%) <span className="muted small">{band.hint}</span>
                    </span>
                    <input
                      name={name}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={100}
                      step="any"
                      required
                      defaultValue={valueOf(name, current[entity.key][band.key])}
                      aria-invalid={invalid || undefined}
                      aria-describedby={invalid ? `${entity.key}-errors` : undefined}
                    />
                  </label>
                );
              })}
              {errors.length > 0 && (
                <ul id={`${entity.key}-errors`} className="field-errors">
                  {errors.map((i) => (
                    <li key={`${i.path}:${i.message}`}>{describe(i)}</li>
                  ))}
                </ul>
              )}
            </fieldset>
          );
        })}
      </div>
      <label className="field">
        <span>
          Note <span className="muted small">optional: why the thresholds change</span>
        </span>
        <input name="note" type="text" maxLength={200} defaultValue="" />
      </label>
      {otherIssues.length > 0 && (
        <ul className="field-errors">
          {otherIssues.map((i) => (
            <li key={`${i.path}:${i.message}`}>{describe(i)}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Saving…" : "Save thresholds"}
        </button>
        {state.message && (
          <p className={state.saved ? "notice ok" : "form-message"} role={state.saved ? "status" : "alert"}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
