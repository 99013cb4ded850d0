"use client";

import { useActionState } from "react";
import type { Strategy, SurvivorshipRules } from "@/src/golden/survivorship-rules";
import { saveRules, type RulesFormState } from "./actions";

type Unit = { key: string; label: string; attributes: readonly string[] };
type Props = { units: Unit[]; rules: SurvivorshipRules; strategies: Record<Strategy, string>; sources: { key: string; name: string; priority: number }[] };

/** One row per unit: how its value is chosen, and for source priority an optional order of source keys. */
export function RulesForm({ units, rules, strategies, sources }: Props) {
  const [state, action, pending] = useActionState<RulesFormState, FormData>(saveRules, { message: null, ok: false });
  return (
    <form action={action} className="rules-form">
      <div className="scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Rule</th>
              <th scope="col">Source order (keys, most trusted first)</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.key}>
                <th scope="row">
                  {u.label}
                  {u.attributes.length > 1 && <div className="small muted">{u.attributes.join(", ")}</div>}
                </th>
                <td>
                  <select name={`strategy:${u.key}`} defaultValue={rules[u.key]?.strategy ?? "source-priority"} aria-label={`Rule for ${u.label}`}>
                    {(Object.keys(strategies) as Strategy[]).map((s) => (
                      <option key={s} value={s}>
                        {strategies[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    name={`order:${u.key}`}
                    defaultValue={rules[u.key]?.sourceOrder?.join(", ") ?? ""}
                    placeholder="by priority setting"
                    list="source-keys"
                    aria-label={`Source order for ${u.label}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <datalist id="source-keys">
        {sources.map((s) => (
          <option key={s.key} value={s.key}>
            {s.name}
          </option>
        ))}
      </datalist>
      <p className="small muted">
        Sources by priority setting: {sources.map((s) => `${s.key} (${s.priority})`).join(", ")}. A steward override always wins over every rule.
      </p>
      <label>
        Note
        <input name="note" maxLength={500} placeholder="why the rules change, for the history" />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          Save as a new version
        </button>
        {state.message && (
          <span className={state.ok ? "small" : "form-message"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
