import Link from "next/link";
import type { Steward } from "@/src/stewardship/list-stewards";
import type { QueueParams } from "./queue-params";

type Props = { params: QueueParams; sources: { key: string; name: string }[]; stewards: Steward[] };

const sorts = [
  ["score-desc", "Highest score first"],
  ["score-asc", "Lowest score first"],
  ["oldest", "Oldest first"],
  ["newest", "Newest first"],
] as const;

/** The queue's filters as a GET form, so every filtered queue is a link a steward can keep or share. */
export function QueueFilters({ params, sources, stewards }: Props) {
  const filtered = Object.entries(params).some(([k, v]) => k !== "sort" && v);
  return (
    <form className="filters queue-filters" role="search" action="/suspects">
      <label className="field grow">
        <span>Name, email or phone</span>
        <input type="search" name="q" defaultValue={params.q ?? ""} minLength={3} maxLength={200} placeholder="e.g. Lindqvist, ana@example.com, +46 8 123 456" />
      </label>
      <label className="field">
        <span>Sort</span>
        <select name="sort" defaultValue={params.sort ?? "score-desc"}>
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field queue-band">
        <legend>Score (%)</legend>
        <input type="number" name="min" min={0} max={100} defaultValue={params.min ?? ""} placeholder="from" aria-label="Score from (%)" />
        <input type="number" name="max" min={0} max={100} defaultValue={params.max ?? ""} placeholder="to" aria-label="Score to (%)" />
      </fieldset>
      <label className="field">
        <span>Source</span>
        <select name="source" defaultValue={params.source ?? ""}>
          <option value="">Any</option>
          {sources.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Type</span>
        <select name="type" defaultValue={params.type ?? ""}>
          <option value="">Any</option>
          <option value="person">Person</option>
          <option value="organization">Organization</option>
        </select>
      </label>
      <label className="field">
        <span>Assigned to</span>
        <select name="assignee" defaultValue={params.assignee ?? ""}>
          <option value="">Anyone or nobody</option>
          <option value="me">Me</option>
          <option value="none">Nobody (unassigned)</option>
          {stewards.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="queue-check">
        <input type="checkbox" name="deferred" value="1" defaultChecked={params.deferred === "1"} /> Deferred only
      </label>
      <button type="submit" className="button">
        Filter
      </button>
      {filtered && <Link href={params.sort ? `/suspects?sort=${params.sort}` : "/suspects"}>Clear</Link>}
    </form>
  );
}
