type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The keys whose value differs between before and after (or that only one side has). */
function changedKeys(before: Json | null, after: Json | null): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]));
}

/**
 * An entry's change, compactly: a small before → after table of the keys that
 * changed, then any other details (a reason, the pair ids). A whole snapshot
 * would bury the one value that moved.
 */
export function ChangeSummary({ data }: { data: unknown }) {
  const { before, after, ...rest } = asObject(data) ?? {};
  const [b, a] = [asObject(before), asObject(after)];
  const keys = changedKeys(b, a);
  const details = Object.entries(rest);
  if (!keys.length && !details.length) return <span className="muted">—</span>;
  return (
    <div className="audit-change">
      {keys.length > 0 && (
        <table className="audit-diff">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Field</span>
              </th>
              {b && <th scope="col">Before</th>}
              {a && <th scope="col">After</th>}
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                {b && <td className="audit-before">{show(b[k])}</td>}
                {a && <td className="audit-after">{show(a[k])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {details.length > 0 && (
        <dl className="audit-details">
          {details.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{show(v)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
