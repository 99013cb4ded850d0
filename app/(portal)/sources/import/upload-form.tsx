"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type DragEvent, type FormEvent } from "react";
import { FormMessage } from "@/app/components/form-message";
import { formatBytes } from "./file-size";
import { sendFile } from "./send-file";

type Phase = { kind: "idle" } | { kind: "sending"; sent: number; total: number } | { kind: "checking" };

const encodings = [
  { value: "utf-8", label: "UTF-8 (Excel: “CSV UTF-8”; most systems)" },
  { value: "windows-1252", label: "Windows-1252 (older Excel on Windows, Western European)" },
];

/**
 * Takes a file dropped on the box or chosen with the file input, sends it in
 * pieces with a progress bar, and opens its preview once the portal has
 * checked it whole. A file over the limit is refused before a byte is sent.
 */
export function UploadForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState("utf-8");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // Sending needs this script: until it runs, the button stays off instead of submitting the form nowhere.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const choose = (chosen: File | null | undefined) => {
    setError(chosen && chosen.size > maxBytes ? `${chosen.name} is ${formatBytes(chosen.size)}; the portal takes files of up to ${formatBytes(maxBytes)}.` : null);
    setFile(chosen ?? null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (phase.kind === "idle") choose(event.dataTransfer.files[0]);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError("Choose a CSV file first, or drop one on the box.");
    if (file.size > maxBytes) return;
    setError(null);
    setPhase({ kind: "sending", sent: 0, total: file.size });
    try {
      const id = await sendFile(file, encoding, (p) => setPhase(p === "checking" ? { kind: "checking" } : { kind: "sending", ...p }));
      router.push(`/sources/import/${id}`);
    } catch (failure) {
      setError((failure as Error).message);
      setPhase({ kind: "idle" });
    }
  };

  const busy = phase.kind !== "idle";
  return (
    <form className="admin-form csv-upload" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <div
        className={`csv-drop${dragging ? " dragging" : ""}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="csv-file">CSV file</label>
        <span id="csv-file-hint" className="muted small">
          Drop it here or choose it: up to {formatBytes(maxBytes)}, comma-, semicolon- or tab-separated, with a header line naming the columns.
        </span>
        <input id="csv-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values" disabled={busy} aria-describedby="csv-file-hint" onChange={(e) => choose(e.target.files?.[0])} />
        {file && (
          <span className="small">
            Chosen: <bdi>{file.name}</bdi> <span className="muted">({formatBytes(file.size)})</span>
          </span>
        )}
      </div>
      <div className="admin-form-fields">
        <label className="field">
          <span>Encoding</span>
          <select value={encoding} onChange={(e) => setEncoding(e.target.value)} disabled={busy}>
            {encodings.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {phase.kind === "sending" && (
        <div className="csv-upload-progress">
          <label htmlFor="csv-upload-bar">
            Uploading: {formatBytes(phase.sent)} of {formatBytes(phase.total)}
          </label>
          <progress id="csv-upload-bar" max={phase.total} value={phase.sent} />
        </div>
      )}
      {phase.kind === "checking" && (
        <div className="csv-upload-progress" role="status">
          <label htmlFor="csv-upload-bar">Checking the whole file…</label>
          <progress id="csv-upload-bar" />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!ready || busy}>
          {busy ? "Uploading…" : "Upload and preview"}
        </button>
        <FormMessage message={error} />
      </div>
    </form>
  );
}
