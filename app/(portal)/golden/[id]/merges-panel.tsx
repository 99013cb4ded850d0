import Link from "next/link";
import type { MergeEntry } from "@/src/golden/list-merges";
import { formatTime } from "@/app/components/format";
import { UndoMergeForm } from "./undo-merge-form";

/** The merges that joined records into this one; each can be undone by a steward while it stands. */
export function MergesPanel({ goldenRecordId, merges, mayUndo }: { goldenRecordId: string; merges: MergeEntry[]; mayUndo: boolean }) {
  return (
    <ul className="plain merges">
      {merges.map((m) => (
        <li key={m.id}>
          <div>
            <Link href={`/golden/${m.merged.id}`}>
              <bdi>{m.merged.displayName}</bdi>
            </Link>{" "}
            <span className="small muted">
              merged {formatTime(m.createdAt)} by {m.actor}, {m.sourceRecordCount} source record{m.sourceRecordCount === 1 ? "" : "s"}
            </span>
            {m.undone && (
              <span className="small">
                {" "}
                <span className="badge">undone</span> {formatTime(m.undone.at)} by {m.undone.by}
              </span>
            )}
          </div>
          {mayUndo && !m.undone && (
            <details>
              <summary>Undo this merge…</summary>
              <UndoMergeForm goldenRecordId={goldenRecordId} mergeId={m.id} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
