"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Props = { status: string; total: number; done: number; failed: number; errors: { suspectId?: string; reason: string }[] };

/** A bulk merge's progress bar, refreshing the page every second until the job is done, then its outcome. */
export function BulkProgress({ status, total, done, failed, errors }: Props) {
  const router = useRouter();
  const running = status === "PENDING" || status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  const handled = done + failed;
  const label =
    status === "PENDING"
      ? `Bulk merge of ${total} suspects waiting for a worker…`
      : running
        ? `Merging suspects: ${handled} of ${total} handled (${done} merged, ${failed} not)`
        : status === "FAILED"
          ? `Bulk merge stopped after ${done} of ${total} merged.`
          : `Bulk merge finished: ${done} of ${total} merged${failed ? `, ${failed} could not be merged` : ""}.`;
  return (
    <section className={`notice ${status === "FAILED" || failed ? "warn" : "ok"} queue-bulk-progress`} aria-live="polite">
      <label htmlFor="bulk-merge-bar">{label}</label>
      <progress id="bulk-merge-bar" max={Math.max(total, 1)} value={running ? handled : Math.max(total, 1)} />
      {!running && errors.length > 0 && (
        <ul className="small">
          {errors.map((e, i) => (
            <li key={e.suspectId ?? i}>
              {e.suspectId && <code>{e.suspectId}</code>} {e.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
