import { fieldIssues, type FieldIssue } from "@/src/errors";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { getOData } from "./get-odata";
import { mapBusinessPartner } from "./map-business-partner";
import { dayOf } from "./odata-values";
import { partnerPageSchema, partnerPositionSchema } from "./partner-page-schema";
import { partnerQueryUrl } from "./partner-query";
import type { SapConnection } from "./sap-connection";
import type { SapCursor, SapStream, SapStreamPosition } from "./sap-cursor";
import { SapError } from "./sap-error";
import { defaultSapMapping, type SapMapping } from "./sap-mapping";

/** A partner that could not be mapped, with its payload, for quarantine. */
export type RejectedPartner = { externalId: string | null; reasons: FieldIssue[]; raw: unknown };

/** One page as SAP sent it: what to ingest, what to quarantine, and the cursor to store once both are committed. */
export type SapPage = { records: PulledRecord[]; rejected: RejectedPartner[]; cursor: SapCursor };

export type PullOptions = { connection: SapConnection; cursor: SapCursor; mapping?: SapMapping; signal?: AbortSignal; now?: () => Date };

/** The stream's second a partner sits at, or why it cannot be placed (then it is quarantined and the cursor does not move for it). */
function placeOf(raw: unknown, stream: SapStream): { id: string; date: string; time: string } | { reasons: FieldIssue[]; id: string | null } {
  const parsed = partnerPositionSchema.safeParse(raw);
  if (!parsed.success) return { id: null, reasons: fieldIssues(parsed.error.issues) };
  const p = parsed.data;
  const [date, time] = stream === "changed" ? [p.LastChangeDate, p.LastChangeTime] : [p.CreationDate, p.CreationTime];
  if (!date) return { id: p.BusinessPartner, reasons: [{ path: stream === "changed" ? "LastChangeDate" : "CreationDate", message: "is empty" }] };
  return { id: p.BusinessPartner, date: dayOf(date), time: time ?? "00:00:00" };
}

/** Whether a partner at this second was delivered already: before the position, or in its second and among its ids. */
function alreadyRead(place: { id: string; date: string; time: string }, position: SapStreamPosition | undefined): boolean {
  if (!position) return false;
  const at = `${place.date}T${place.time}`;
  const last = `${position.date}T${position.time}`;
  return at < last || (at === last && position.seenIds.includes(place.id));
}

const advance = (position: SapStreamPosition | undefined, place: { id: string; date: string; time: string }): SapStreamPosition =>
  position && position.date === place.date && position.time === place.time
    ? { ...position, seenIds: [...position.seenIds, place.id] }
    : { date: place.date, time: place.time, seenIds: [place.id] };

/**
 * Reads one stream in windows of `windowSize` partners from its position,
 * following SAP's `__next` pages within a window. `__next` is an offset, so a
 * partner changed while we page moves to the end and shifts the rest past a
 * page boundary unseen; starting each window again from the cursor bounds
 * that to one window, and a window no larger than SAP's page size removes it.
 */
async function* pullStream(stream: SapStream, opts: PullOptions, start: SapCursor): AsyncGenerator<SapPage> {
  const mapping = opts.mapping ?? defaultSapMapping;
  let cursor = start;
  for (;;) {
    const top = opts.connection.windowSize + (cursor[stream]?.seenIds.length ?? 0);
    let url: URL | undefined = partnerQueryUrl(opts.connection, stream, cursor[stream], top);
    let rows = 0;
    let fresh = 0;
    while (url) {
      const body = partnerPageSchema.safeParse(await getOData(opts.connection, url, opts.signal));
      if (!body.success) throw new SapError("invalid-response", `SAP's reply is not an OData collection: ${body.error.issues[0].message} at ${body.error.issues[0].path.join(".")}.`);
      const page: SapPage = { records: [], rejected: [], cursor };
      for (const raw of body.data.d.results) {
        rows += 1;
        const place = placeOf(raw, stream);
        if ("reasons" in place) {
          page.rejected.push({ externalId: place.id, reasons: place.reasons, raw });
          continue;
        }
        if (alreadyRead(place, page.cursor[stream])) continue;
        fresh += 1;
        const mapped = mapBusinessPartner(raw, mapping, opts.now?.());
        if (mapped.ok) page.records.push(mapped.record);
        else page.rejected.push({ externalId: mapped.externalId, reasons: mapped.reasons, raw });
        page.cursor = { ...page.cursor, [stream]: advance(page.cursor[stream], place) };
      }
      cursor = page.cursor;
      if (page.records.length || page.rejected.length) yield page;
      url = body.data.d.__next ? new URL(body.data.d.__next, url) : undefined;
    }
    if (rows < top || !fresh) return;
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
