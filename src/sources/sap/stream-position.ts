import { fieldIssues, type FieldIssue } from "@/src/errors";
import { sortDayOf } from "./odata-values";
import { partnerPositionSchema } from "./partner-page-schema";
import type { SapStream, SapStreamPosition } from "./sap-cursor";

/** A partner's second in its stream, in SAP's wall-clock values. */
export type Place = { id: string; date: string; time: string };

/** The first day SAP can write: a query from it leaves out exactly the partners without a date. */
const STREAM_START = { date: "0001-01-01", time: "00:00:00" };

/** The stream's second a partner sits at, or why it cannot be placed. */
export function placeOf(raw: unknown, stream: SapStream): Place | { reasons: FieldIssue[]; id: string | null } {
  const parsed = partnerPositionSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { BusinessPartner?: unknown } | null)?.BusinessPartner;
    return { id: typeof id === "string" && id.trim() ? id.trim() : null, reasons: fieldIssues(parsed.error.issues) };
  }
  const p = parsed.data;
  const [field, time] = stream === "changed" ? (["LastChangeDate", p.LastChangeTime] as const) : (["CreationDate", p.CreationTime] as const);
  // ABAP's initial date means "no date" to the mapping, but it is where SAP sorts the partner, so it places it.
  const date = sortDayOf((raw as Record<string, unknown>)[field]);
  if (!date) return { id: p.BusinessPartner, reasons: [{ path: field, message: "is empty" }] };
  return { id: p.BusinessPartner, date, time: time ?? "00:00:00" };
}

/** Whether a partner at this second was delivered already: before the position, or in its second and among its ids. */
export function alreadyRead(place: Place, position: SapStreamPosition | undefined): boolean {
  if (!position) return false;
  const at = `${place.date}T${place.time}`;
  const last = `${position.date}T${position.time}`;
  return at < last || (at === last && position.seenIds.includes(place.id));
}

/** Whether a place lies in the position's second. */
export const inSecond = (place: { date: string; time: string }, position: SapStreamPosition) => place.date === position.date && place.time === position.time;

/**
 * The position after passing a partner. Once the query starts after an id
 * (`afterId`), passing a partner moves that start and drops the partner from
 * the ids, which then only hold partners read before the second was over and
 * shrink to nothing as the query passes them; else the second's ids grow.
 */
export function advance(position: SapStreamPosition | undefined, place: Place): SapStreamPosition {
  if (!position || !inSecond(place, position)) return { date: place.date, time: place.time, seenIds: [place.id] };
  if (position.afterId) return { ...position, afterId: place.id, seenIds: position.seenIds.filter((id) => id !== place.id) };
  return { ...position, seenIds: [...position.seenIds, place.id] };
}

/**
 * A partner without a readable date sits in SAP's order where SAP sent it,
 * but we cannot say which second that is. It is placed where it was read:
 * its id joins the current position's, so it is reported once and not again
 * while the stream stays there, and never holds the stream up. One read
 * before any dated partner (no date at all, which SAP sorts first) starts
 * the position at the first day SAP can write, so later queries leave such
 * partners out. It is quarantined with its payload, to be retried from there.
 */
export const placeUnreadable = (position: SapStreamPosition | undefined, id: string): SapStreamPosition =>
  position ? { ...position, seenIds: [...position.seenIds, id] } : { ...STREAM_START, seenIds: [id] };

/** Whether an unreadable partner was reported already at this position. */
export const reportedAt = (position: SapStreamPosition | undefined, id: string | null) => Boolean(id && position?.seenIds.includes(id));
