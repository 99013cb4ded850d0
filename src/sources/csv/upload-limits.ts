/** The largest file the portal takes: about a million customer rows, stored twice on disk while it is checked. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * The largest piece of a file one request carries. Next.js copies a request
 * body for its proxy and cuts it off at 10 MB, so a file travels in pieces
 * well below that, each checked for its length on arrival.
 */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

/** The piece size the portal's page sends. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Rows shown on the preview, and how much of each value: enough to recognise a column, never a page of text. */
export const PREVIEW_ROWS = 10;
export const PREVIEW_CELL_CHARACTERS = 200;

/** How long uploads are kept: one never completed or never imported, and the state of one imported (its file goes at once). */
export const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;
export const KEEP_IMPORTED_MS = 7 * 24 * 60 * 60 * 1000;

/** An import whose state has not moved for this long, and that no import in this process is running, was cut off by a restart. */
export const STALLED_AFTER_MS = 2 * 60 * 1000;

/** Megabytes as people read them in a message. */
export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
