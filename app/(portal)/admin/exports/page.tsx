import type { Metadata } from "next";
import { canExport, exportRefusal } from "@/src/exports/export-permission";
import { exportNames, exportTables } from "@/src/exports/export-request";
import { exportFormats } from "@/src/exports/export-table";
import { requirePrincipal } from "@/app/components/require-principal";

export const metadata: Metadata = { title: "Exports" };

const formatLabels = { csv: "CSV", ndjson: "NDJSON" };

/** Whole-table downloads for administrators, each streamed from the database as the browser saves it. */
export default async function ExportsPage() {
  const principal = await requirePrincipal();
  if (!canExport(principal)) {
    return (
      <div className="page-head">
        <h1>Exports</h1>
        <p className="notice warn" role="alert">
          {exportRefusal()} Ask an administrator if you need the data.
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="page-head">
        <h1>Exports</h1>
        <p className="muted">
          Each download is the whole table as it stands when you start it, streamed while your browser saves it. CSV has one column per value;
          NDJSON has one JSON object per line. The same exports run from a shell with <code>npm run cli -- export golden --format ndjson --out golden.ndjson</code>.
        </p>
      </div>
      {exportNames.map((name) => {
        const table = exportTables[name];
        return (
          <section key={name} className="panel" aria-labelledby={`export-${name}`} data-export={name}>
            <div className="panel-head">
              <div>
                <h2 id={`export-${name}`}>{table.title}</h2>
                <p className="muted">{table.description}.</p>
              </div>
              <div className="form-actions">
                {exportFormats.map((format) => (
                  <a
                    key={format}
                    className={`button${format === "csv" ? " primary" : ""}`}
                    href={`/api/exports/${name}?format=${format}`}
                    download
                    aria-label={`Download ${table.title.toLowerCase()} as ${formatLabels[format]}`}
                  >
                    {formatLabels[format]}
                  </a>
                ))}
              </div>
            </div>
            <p className="muted">
              <small>
                CSV columns: <code>{table.columns.join(", ")}</code>
              </small>
            </p>
          </section>
        );
      })}
    </>
  );
}
