import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/src/auth/permissions";
import { AppError } from "@/src/errors";
import { attributeNames } from "@/src/golden/attributes";
import { delimiterNames } from "@/src/sources/csv/detect-delimiter";
import { getCsvUpload, type UploadView } from "@/src/sources/csv/get-csv-upload";
import { guessColumnMap } from "@/src/sources/csv/guess-column-map";
import { listCsvSources } from "@/src/sources/csv/list-csv-sources";
import { suggestSourceKey } from "@/src/sources/csv/suggest-source-key";
import type { Principal } from "@/src/auth/principal";
import { attributeLabel, formatCount, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { formatBytes } from "../file-size";
import { ImportNotAllowed } from "../not-allowed";
import { DiscardButton } from "./discard-button";
import { ImportProgress } from "./import-progress";
import { MappingForm } from "./mapping-form";
import { PreviewTable } from "./preview-table";
import { NEW_SOURCE } from "./start-input";

export const metadata: Metadata = { title: "Import a CSV file" };

const SAMPLE_CHARACTERS = 60;

function Crumbs() {
  return (
    <nav className="crumbs" aria-label="Breadcrumb">
      <Link href="/sources">Sources</Link> › <Link href="/sources/import">Import a CSV file</Link> ›
    </nav>
  );
}

function FileFacts({ upload }: { upload: UploadView }) {
  const inspection = upload.inspection;
  return (
    <dl className="meta">
      <dt>Size</dt>
      <dd>{formatBytes(upload.size)}</dd>
      {inspection && (
        <>
          <dt>Rows</dt>
          <dd>{formatCount(inspection.rows)}</dd>
          <dt>Delimiter</dt>
          <dd>{delimiterNames[inspection.delimiter]}</dd>
        </>
      )}
      <dt>Encoding</dt>
      <dd>{upload.encoding === "utf-8" ? "UTF-8" : "Windows-1252, converted to UTF-8"}</dd>
      <dt>Uploaded</dt>
      <dd>
        {formatTime(upload.createdAt)} by {upload.createdBy.replace(/^user:/, "")}
      </dd>
    </dl>
  );
}

/** The preview and the mapping form of a checked upload, pre-filled with the guessed mapping. */
async function MapStep({ upload, principal }: { upload: UploadView; principal: Principal }) {
  const inspection = upload.inspection!;
  const sources = await listCsvSources({ principal });
  const guess = guessColumnMap(inspection.header);
  const columns = inspection.header.map((name, i) => {
    const sample = inspection.preview.map((row) => row[i]?.value ?? "").find((v) => v.trim()) ?? "";
    return { name, sample: sample.length > SAMPLE_CHARACTERS ? `${sample.slice(0, SAMPLE_CHARACTERS)}…` : sample };
  });
  const initial = {
    source: NEW_SOURCE,
    sourceKey: suggestSourceKey(upload.fileName),
    idColumn: guess.idColumn === null ? "" : String(guess.idColumn),
    country: "",
    columns: guess.attributes.map((a) => a ?? ""),
  };
  const attributes = attributeNames.map((name) => ({ value: name, label: attributeLabel(name) }));
  return (
    <>
      {inspection.misshapen > 0 && (
        <p className="notice warn">
          {formatCount(inspection.misshapen)} {inspection.misshapen === 1 ? "row has" : "rows have"} more or fewer fields than the header; the import quarantines {inspection.misshapen === 1 ? "it" : "them"} with the reason.
        </p>
      )}
      <section className="panel" aria-labelledby="preview">
        <h2 id="preview">Preview</h2>
        <p className="muted small">
          The header and the first {inspection.preview.length} of {formatCount(inspection.rows)} rows, as the import reads them. Long values are cut here, not in the import.
        </p>
        <PreviewTable inspection={inspection} />
      </section>
      <section className="panel" aria-labelledby="mapping">
        <h2 id="mapping">Map the columns</h2>
        <MappingForm uploadId={upload.id} columns={columns} attributes={attributes} sources={sources} initial={initial} />
      </section>
      <DiscardButton uploadId={upload.id} />
    </>
  );
}

/**
 * One upload, at whichever step it is: its preview and mapping form once
 * checked, then its import's progress. An upload that is gone (imported
 * and cleaned up, discarded, or on another server) says so.
 */
export default async function UploadPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePrincipal();
  if (!can(principal, "sources.manage")) return <ImportNotAllowed />;
  const { id } = await params;
  const upload = await getCsvUpload({ principal, uploadId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return error;
    throw error;
  });
  if (upload instanceof AppError) {
    return (
      <div className="page-head">
        <Crumbs />
        <h1>Upload not found</h1>
        <p className="notice warn">
          {upload.message} <Link href="/sources/import">Upload a file</Link>.
        </p>
      </div>
    );
  }
  const importing = upload.import;
  return (
    <>
      <div className="page-head">
        <Crumbs />
        <h1>
          {importing ? "Importing" : "Map the columns of"} <bdi className="import-file-name">{upload.fileName}</bdi>
        </h1>
        <FileFacts upload={upload} />
      </div>
      {importing ? (
        <>
          <p className="muted">
            Into source <code>{importing.sourceKey}</code>, started {formatTime(importing.startedAt)} by {importing.startedBy.replace(/^user:/, "")}. You may leave this page: the import goes on, and the Sources page shows the source&apos;s records.
          </p>
          <ImportProgress uploadId={upload.id} initial={importing} />
          <p>
            <Link href="/sources">Back to sources</Link> · <Link href="/sources/import">Import another file</Link>
          </p>
        </>
      ) : upload.status === "ready" ? (
        <MapStep upload={upload} principal={principal} />
      ) : (
        <>
          <p className="notice warn">This upload was never finished. Upload the file again.</p>
          <DiscardButton uploadId={upload.id} />
        </>
      )}
    </>
  );
}
