"use client";

import { useEffect, useRef } from "react";
import { useHotkeys } from "react-hotkeys-hook";
import { shortcutOptions } from "./shortcut-options";

export type Shortcut = { keys: string; does: string };

type Props = { shortcuts: Shortcut[]; open: boolean; onOpenChange: (open: boolean) => void };

/**
 * The overlay `?` opens, listing the page's shortcuts. A native modal
 * dialog: it keeps focus inside, and Esc closes it.
 */
export function ShortcutsHelp({ shortcuts, open, onOpenChange }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useHotkeys("?", () => onOpenChange(!open), { ...shortcutOptions, useKey: true, ignoreModifiers: true }, [open, onOpenChange]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="queue-help" aria-labelledby="queue-help-title" onClose={() => onOpenChange(false)}>
      <h2 id="queue-help-title">Keyboard shortcuts</h2>
      <dl>
        {shortcuts.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">Shortcuts pause while you type in a field. Press Esc to close.</p>
      <button type="button" className="button small" onClick={() => onOpenChange(false)}>
        Close
      </button>
    </dialog>
  );
}
