import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/src/auth/permissions";
import { MAX_UPLOAD_BYTES } from "@/src/sources/csv/upload-limits";
import { requirePrincipal } from "@/app/components/require-principal";
import { ImportNotAllowed } from "./not-allowed";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import a CSV file" };

/**
 * The first step of a CSV import from the portal: the file. Its preview and
 * column mapping follow on the upload's own page, which the import's
 * progress then replaces; `npm run cli -- import` does the same from a shell.
 */
export default async function ImportCsvPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "sources.manage")) return <ImportNotAllowed />;
  return (
    <>
      <div className="page-head">
        <nav className="crumbs" aria-label="Breadcrumb">
          <Link href="/sources">Sources</Link> ›
        </nav>
        <h1>Import a CSV file</h1>
        <p className="muted">
          Customers exported from a system without a connector. Each row becomes a record of a CSV source and goes through the same checks and matching as every other source&apos;s records; rows that fail a check wait in the quarantine.
        </p>
      </div>
      <section className="panel" aria-labelledby="upload">
        <h2 id="upload">Upload</h2>
        <p className="muted small">Next you see the first rows and choose which attribute each column fills.</p>
        <UploadForm maxBytes={MAX_UPLOAD_BYTES} />
      </section>
    </>
  );
}
