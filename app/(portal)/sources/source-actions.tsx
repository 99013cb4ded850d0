import type { SourceHealth } from "@/src/sources/list-source-health";
import { PAUSE_REASON_MAX } from "@/src/sources/pause-source";
import { PauseForm } from "./pause-form";
import { ResumeButton } from "./resume-button";
import { SyncNowButton } from "./sync-now-button";

/** What an admin can do to a connector source: sync it now, or pause it with a reason; a paused one can only be resumed. */
export function SourceActions({ source }: { source: SourceHealth }) {
  if (!source.connector) return <span className="muted small">pushes its own records</span>;
  if (source.paused) return <ResumeButton sourceId={source.id} name={source.name} />;
  return (
    <div className="source-actions">
      <SyncNowButton sourceId={source.id} name={source.name} />
      <PauseForm sourceId={source.id} name={source.name} reasonMax={PAUSE_REASON_MAX} />
    </div>
  );
}
