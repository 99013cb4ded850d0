import { fieldLevels, type Field } from "@/src/matching/compare/level";
import type { BuiltInLevel } from "@/src/matching/model/load-active-model";
import { levelWeight, type MatchModel } from "@/src/matching/model/match-model";
import { attributeLabel, formatWeight } from "@/app/components/format";
import { formatProbability, levelLabel } from "./model-format";

const fields = Object.keys(fieldLevels) as Field[];

/** Below this a level's weight shows as 0.0, and is neither green nor red. */
const NEUTRAL = 0.05;

const evidence = (weight: number | null) => (weight === null || Math.abs(weight) < NEUTRAL ? "" : weight > 0 ? "for" : "against");

function WeightBar({ weight, scale }: { weight: number; scale: number }) {
  const width = `${Math.min(50, (Math.abs(weight) / scale) * 50)}%`;
  return (
    <span className="weight-track" aria-hidden="true">
      <span className={`weight-bar ${weight >= 0 ? "for" : "against"}`} style={weight >= 0 ? { left: "50%", width } : { right: "50%", width }} />
    </span>
  );
}

/**
 * Every field level of a model with its m and u probabilities and the weight
 * ln(m/u) it adds to a pair's score, so an admin can see what the model
 * believes before trusting it with merges.
 */
export function ModelTable({ model, builtInLevels = [] }: { model: MatchModel; builtInLevels?: readonly BuiltInLevel[] }) {
  const weights = fields.flatMap((f) => fieldLevels[f].map((l) => (model.fields[f]?.[l] ? Math.abs(levelWeight(model, f, l)) : 0)));
  const scale = Math.max(1, ...weights.filter(Number.isFinite));
  return (
    <div className="scroll">
      <table className="table model-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Level</th>
            <th scope="col" className="num" title="How often true matches show this level">
              m
            </th>
            <th scope="col" className="num" title="How often non-matches show this level">
              u
            </th>
            <th scope="col" className="num" title="ln(m/u): log-odds this level adds to a pair's score">
              Weight
            </th>
            <th scope="col">
              <span className="sr-only">Weight as a bar</span>
            </th>
          </tr>
        </thead>
        {fields.map((field) => (
          <tbody key={field}>
            {fieldLevels[field].map((level, i) => {
              const p = model.fields[field]?.[level];
              const weight = p ? levelWeight(model, field, level) : null;
              return (
                <tr key={level}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={fieldLevels[field].length}>
                      {attributeLabel(field)}
                    </th>
                  )}
                  <td>
                    {levelLabel(level)}
                    {builtInLevels.some((b) => b.field === field && b.level === level) && (
                      <span className="badge muted" title="This version has no weight of its own for this level; matching uses the built-in model's.">
                        built-in
                      </span>
                    )}
                  </td>
                  <td className="num">{p ? formatProbability(p.m) : "—"}</td>
                  <td className="num">{p ? formatProbability(p.u) : "—"}</td>
                  <td className={`num weight ${evidence(weight)}`}>{weight === null ? "—" : formatWeight(Math.abs(weight) < NEUTRAL ? 0 : weight)}</td>
                  <td className="weight-cell">{weight !== null && Number.isFinite(weight) && <WeightBar weight={weight} scale={scale} />}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
