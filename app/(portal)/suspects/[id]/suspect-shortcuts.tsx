"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHotkeys } from "react-hotkeys-hook";
import { shortcutOptions } from "../shortcut-options";
import { ShortcutsHelp, type Shortcut } from "../shortcuts-help";

type Props = { nextHref: string | null; previousHref: string | null; listHref: string };

const shortcuts: Shortcut[] = [
  { keys: "j", does: "Next suspect in this queue" },
  { keys: "k", does: "Previous suspect in this queue" },
  { keys: "m", does: "Merge (with the values you picked)" },
  { keys: "n", does: "Not a duplicate" },
  { keys: "s", does: "Skip: go to the next suspect, decide nothing" },
  { keys: "d", does: "Defer: jump to the date, then Enter" },
  { keys: "a", does: "Assign to me" },
  { keys: "?", does: "Show or hide these shortcuts" },
];

/** Presses the control a shortcut stands for, so a key does exactly what its button does (and nothing where there is none). */
const press = (key: string) => document.querySelector<HTMLElement>(`[data-shortcut="${key}"]:not(:disabled)`)?.click();

/** The compare page's keyboard: the queue's order (j/k, skip), the decision (m/n), and who works the pair (a/d). */
export function SuspectShortcuts({ nextHref, previousHref, listHref }: Props) {
  const router = useRouter();
  const [help, setHelp] = useState(false);
  const keys = { ...shortcutOptions, enabled: !help };
  useHotkeys("j", () => nextHref && router.push(nextHref), keys, [nextHref]);
  useHotkeys("k", () => previousHref && router.push(previousHref), keys, [previousHref]);
  useHotkeys("s", () => router.push(nextHref ?? listHref), keys, [nextHref, listHref]);
  useHotkeys("m", () => press("m"), keys);
  useHotkeys("n", () => press("n"), keys);
  useHotkeys("a", () => press("a"), keys);
  useHotkeys("d", () => document.querySelector<HTMLInputElement>('[data-shortcut="d"]')?.focus(), keys);
  return <ShortcutsHelp shortcuts={shortcuts} open={help} onOpenChange={setHelp} />;
}
