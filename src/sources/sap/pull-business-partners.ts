import type { FieldIssue } from "@/src/errors";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { getOData } from "./get-odata";
import { mapBusinessPartner } from "./map-business-partner";
import { partnerPageSchema } from "./partner-page-schema";
import { partnerQueryUrl } from "./partner-query";
import type { SapConnection } from "./sap-connection";
import type { SapCursor, SapStream, SapStreamPosition } from "./sap-cursor";
import { SapError } from "./sap-error";
import { defaultSapMapping, type SapMapping } from "./sap-mapping";
import { latestInstant, repeatedBy, wallMs } from "./sap-wall-clock";
import { advance, alreadyRead, inSecond, placeOf, placeUnreadable, reportedAt } from "./stream-position";

/** A partner that could not be mapped, with its payload, for quarantine. */
export type RejectedPartner = { externalId: string | null; reasons: FieldIssue[]; raw: unknown };

/** One page as SAP sent it: what to ingest, what to quarantine, and the cursor to store once both are committed. */
export type SapPage = { records: PulledRecord[]; rejected: RejectedPartner[]; cursor: SapCursor };

export type PullOptions = { connection: SapConnection; cursor: SapCursor; mapping?: SapMapping; signal?: AbortSignal; now?: () => Date };

/** How far SAP's clock may run ahead of ours before we take one of its seconds as over. */
const CLOCK_SKEW_MS = 5_000;

const secondIsOver = (position: SapStreamPosition, timeZone: string, now: Date) =>
  latestInstant(position.date, position.time, timeZone) + 1000 + CLOCK_SKEW_MS <= now.getTime();

/**
 * Where a pull starts. A position inside an hour a fall-back repeats is moved
 * back by the repeat, without ids: changes made in the hour's second pass
 * carry wall-clock times before the position, and nothing tells them from the
 * first pass's, so the whole hour is delivered again (a second delivery is a
 * no-op for ingest) on every pull until the stream has left the hour. Once
 * per pull, so the pull moves on.
 */
function startOf(position: SapStreamPosition | undefined, timeZone: string): SapStreamPosition | undefined {
  const by = position ? repeatedBy(position.date, position.time, timeZone) : 0;
  if (!position || !by) return position;
  const iso = new Date(wallMs(position.date, position.time) - by).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), seenIds: [] };
}

/**
 * Reads one stream, each request a fresh query from the cursor with `$top`
 * the window size. SAP's `__next` only says there is more: it is an offset
 * into a set that changes while we read (a partner changed meanwhile moves
 * to the end and shifts every later one down a place), so following it
 * would pass a partner over for good. A query from the cursor cannot: the
 * `ge` filter and the second's ids deliver each partner once, and a partner
 * changed meanwhile comes again later in the order, with its new values.
 *
 * A reply holding only partners already read means the cursor's second holds
 * more of them than one reply. While SAP's clock may still be in that second
 * a partner may join it with any id, so the pull reads on after the last id
 * seen (`floor`, this pull only) and keeps every id, and the next pull reads
 * the second whole again. Once the second is over nothing can join it: the
 * stored position then starts its query after the last partner read in
 * SAP's order (`afterId`), so neither the ids nor `$top` grow with it.
 */
async function* pullStream(stream: SapStream, opts: PullOptions, start: SapCursor): AsyncGenerator<SapPage> {
  const mapping = opts.mapping ?? defaultSapMapping;
  const { timeZone, windowSize } = opts.connection;
  const now = () => opts.now?.() ?? new Date();
  const first = startOf(start[stream], timeZone);
  let cursor: SapCursor = first ? { ...start, [stream]: first } : start;
  let floor: string | undefined;
  for (;;) {
    const position = cursor[stream];
    const url = partnerQueryUrl(opts.connection, stream, floor && position ? { ...position, afterId: floor } : position, windowSize);
    const body = partnerPageSchema.safeParse(await getOData(opts.connection, url, opts.signal));
    if (!body.success) throw new SapError("invalid-response", `SAP's reply is not an OData collection: ${body.error.issues[0].message} at ${body.error.issues[0].path.join(".")}.`);
    const page: SapPage = { records: [], rejected: [], cursor };
    const ofSecond: string[] = [];
    for (const raw of body.data.d.results) {
      const place = placeOf(raw, stream);
      const at = page.cursor[stream];
      if ("reasons" in place) {
        if (reportedAt(at, place.id)) continue;
        page.rejected.push({ externalId: place.id, reasons: place.reasons, raw });
        if (place.id) page.cursor = { ...page.cursor, [stream]: placeUnreadable(at, place.id) };
        continue;
      }
      if (position && inSecond(place, position)) ofSecond.push(place.id);
      const seen = alreadyRead(place, at);
      if (seen && !(at?.afterId && inSecond(place, at))) continue;
      page.cursor = { ...page.cursor, [stream]: advance(at, place) };
      if (seen) continue;
      const mapped = mapBusinessPartner(raw, mapping, now(), timeZone);
      if (mapped.ok) page.records.push(mapped.record);
      else page.rejected.push({ externalId: mapped.externalId, reasons: mapped.reasons, raw });
    }
    cursor = page.cursor;
    if (page.records.length || page.rejected.length) yield page;
    const more = Boolean(body.data.d.__next) || body.data.d.results.length >= windowSize;
    const progressed = cursor[stream] !== position;
    if (!more || (!position && !progressed)) return;
    if (!position || !inSecond(cursor[stream]!, position)) {
      floor = undefined;
      continue;
    }
    if (progressed) {
      if (floor) floor = ofSecond.at(-1) ?? floor;
      continue;
    }
    const last = ofSecond.at(-1);
    if (!last) return;
    if (!secondIsOver(position, timeZone, now())) floor = last;
    // Partners that joined the second below the floor while it lasted are found by reading it whole once more.
    else if (floor) floor = undefined;
    else cursor = { ...cursor, [stream]: { date: position.date, time: position.time, afterId: last, seenIds: position.seenIds.filter((id) => !ofSecond.includes(id)) } };
  }
}

/**
 * Pulls every partner SAP created or changed since the cursor, page by page.
 * Each page carries the cursor to store after committing it, so a sync killed
 * mid-way resumes where its last committed page ended, and a page delivered
 * again is skipped by id. An empty cursor (`{}`) is the initial load.
 * Never-changed partners are read first, by creation; then changed ones.
 */
export async function* pullBusinessPartners(opts: PullOptions): AsyncGenerator<SapPage> {
  let cursor = opts.cursor;
  for (const stream of ["created", "changed"] as const) {
    for await (const page of pullStream(stream, opts, cursor)) {
      cursor = page.cursor;
      yield page;
    }
  }
}
