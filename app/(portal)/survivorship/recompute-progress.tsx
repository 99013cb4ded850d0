"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Props = { status: string; total: number; done: number; version: number | null };

/** The recompute after a save, as a progress bar that refreshes itself until the job is done. */
export function RecomputeProgress({ status, total, done, version }: Props) {
  const router = useRouter();
  const running = status === "PENDING" || status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [running, router]);
  const shown = Math.min(done, total);
  return (
    <div className="recompute">
      <label htmlFor="recompute-bar">
        {status === "PENDING"
          ? `Version ${version} saved; waiting for a worker to recompute the stored golden records…`
          : `${running ? `Recomputing golden records with version ${version}:` : `Version ${version} applied to every stored golden record:`} ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </label>
      <progress id="recompute-bar" max={Math.max(total, 1)} value={running ? shown : Math.max(total, 1)} />
    </div>
  );
}
