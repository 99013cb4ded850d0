import type { Options } from "react-hotkeys-hook";

/** Whether a key press is text being typed (a search box, a reason, a date), which a shortcut must never steal. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit", "reset"].includes(target.type);
  return target.isContentEditable;
}

/**
 * The queue's shortcuts fire everywhere except where someone types: a
 * steward who just ticked a field pick can still press m, but typing "j"
 * into the search box types a j.
 */
export const shortcutOptions: Options = { enableOnFormTags: true, ignoreEventWhen: typing, preventDefault: true };
