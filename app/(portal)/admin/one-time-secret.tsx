"use client";

import { useState } from "react";

/**
 * A password or token secret the hub keeps only as a hash, so this is the
 * one time anybody can read it: shown with a copy button and a warning.
 */
export function OneTimeSecret({ label, secret, note }: { label: string; secret: string; note: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="notice ok admin-secret" role="status">
      <p className="admin-secret-note">
        <strong>Shown once.</strong> {note}
      </p>
      <div className="admin-secret-row">
        <code aria-label={label} data-testid="one-time-secret">
          {secret}
        </code>
        <button type="button" className="button small" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </button>
      </div>
      {copied === "failed" && <p className="small">The browser did not allow copying; select the text and copy it by hand.</p>}
    </div>
  );
}
