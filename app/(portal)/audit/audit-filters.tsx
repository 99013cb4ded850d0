import Link from "next/link";
import type { AuditFilter } from "@/src/audit/audit-filter";

type Props = { filter: AuditFilter; actions: string[]; targetTypes: string[]; exportHref: string };

/** A select of the values the log holds, keeping the current one even when the log no longer does. */
function Choice({ name, label, value, options }: { name: string; label: string; value?: string; options: string[] }) {
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {all.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The audit filters as a GET form, so every filtered view is a link that can be shared or exported. */
export function AuditFilters({ filter, actions, targetTypes, exportHref }: Props) {
  const filtered = Object.values(filter).some(Boolean);
  return (
    <form className="filters audit-filters" role="search" action="/audit">
      <label className="field grow">
        <span>Actor contains</span>
        <input type="search" name="actor" defaultValue={filter.actor ?? ""} placeholder="e.g. anna@example.com" />
      </label>
      <Choice name="action" label="Action" value={filter.action} options={actions} />
      <Choice name="targetType" label="Target type" value={filter.targetType} options={targetTypes} />
      <label className="field grow">
        <span>Target id contains</span>
        <input type="search" name="q" defaultValue={filter.q ?? ""} />
      </label>
      {filter.targetId && <input type="hidden" name="targetId" value={filter.targetId} />}
      <label className="field">
        <span>From</span>
        <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <button type="submit" className="button">
        Filter
      </button>
      {filtered && <Link href="/audit">Clear</Link>}
      <a className="button audit-export" href={exportHref} download>
        Export CSV
      </a>
    </form>
  );
}
