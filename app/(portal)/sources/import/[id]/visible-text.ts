/** Characters that change how text around them looks without showing themselves: direction overrides, zero-width marks, a stray BOM. */
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * A value from a file as the preview shows it: every character visible, so
 * an admin sees a tab, a NUL or a right-to-left override in a cell (the
 * import quarantines some of them) instead of a cell that looks empty or
 * text that runs backwards. Line breaks inside a quoted value become ↵.
 */
export function visibleText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "↵")
    .replace(/\t/g, "⇥")
    .replace(control, (c) => String.fromCharCode(0x2400 + (c === "\u007F" ? 0x21 : c.charCodeAt(0))))
    .replace(invisible, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
}
