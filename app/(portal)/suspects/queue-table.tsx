"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useHotkeys } from "react-hotkeys-hook";
import { shortcutOptions } from "./shortcut-options";
import { ShortcutsHelp, type Shortcut } from "./shortcuts-help";

type Side = { id: string; displayName: string; sources: string };
export type QueueRow = { id: string; href: string; score: number; percent: string; left: Side; right: Side; assignee: string | null; deferredUntil: string | null; suggested: string };

const shortcuts: Shortcut[] = [
  { keys: "j", does: "Highlight the next suspect" },
  { keys: "k", does: "Highlight the previous suspect" },
  { keys: "Enter", does: "Open the highlighted suspect" },
  { keys: "?", does: "Show or hide these shortcuts" },
];

function SideCell({ side }: { side: Side }) {
  return (
    <td className="value">
      <Link href={`/golden/${side.id}`}>
        <bdi>{side.displayName}</bdi>
      </Link>
      <div className="small muted">{side.sources}</div>
    </td>
  );
}

/** The queue's rows; j/k move a highlight and Enter opens the highlighted suspect, so a steward never needs the mouse. */
export function QueueTable({ rows }: { rows: QueueRow[] }) {
  const router = useRouter();
  const [current, setCurrent] = useState(-1);
  const [help, setHelp] = useState(false);
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = { ...shortcutOptions, enabled: !help };
  useHotkeys("j", () => setCurrent((i) => Math.min(i + 1, rows.length - 1)), keys, [rows.length]);
  useHotkeys("k", () => setCurrent((i) => Math.max(i - 1, 0)), keys);
  useHotkeys("enter", () => current >= 0 && router.push(rows[current].href), { ...keys, enabled: !help && current >= 0 }, [current, rows]);
  useEffect(() => {
    body.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [current]);
  return (
    <>
      <div className="scroll">
        <table className="table queue-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Record</th>
              <th scope="col">Possible duplicate</th>
              <th scope="col">Assigned</th>
              <th scope="col">Suggested</th>
              <th scope="col">
                <span className="sr-only">Review</span>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map((s, i) => (
              <tr key={s.id} aria-current={i === current ? "true" : undefined} className={i === current ? "queue-current" : undefined}>
                <td className="num">
                  <span className="score" style={{ ["--score" as string]: s.score }}>
                    {s.percent}
                  </span>
                </td>
                <SideCell side={s.left} />
                <SideCell side={s.right} />
                <td className="value small">
                  {s.assignee ? <bdi>{s.assignee}</bdi> : <span className="muted">nobody</span>}
                  {s.deferredUntil && <div className="muted">deferred until {s.deferredUntil}</div>}
                </td>
                <td className="nowrap small">{s.suggested}</td>
                <td>
                  <Link href={s.href} className="button small">
                    Review
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted queue-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>?</kbd> lists all.
      </p>
      <ShortcutsHelp shortcuts={shortcuts} open={help} onOpenChange={setHelp} />
    </>
  );
}
