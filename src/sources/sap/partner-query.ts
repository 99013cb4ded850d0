import { dateFilterLiteral, timeFilterLiteral } from "./odata-values";
import { serviceRoot, type SapConnection } from "./sap-connection";
import type { SapStream, SapStreamPosition } from "./sap-cursor";

const PARTNER_EXPAND =
  "to_BusinessPartnerAddress,to_BusinessPartnerAddress/to_EmailAddress,to_BusinessPartnerAddress/to_PhoneNumber,to_BuPaIdentification,to_BusinessPartnerTax";

const streams = {
  changed: { date: "LastChangeDate", time: "LastChangeTime", everything: "LastChangeDate ne null", within: (since: string) => since },
  created: { date: "CreationDate", time: "CreationTime", everything: "LastChangeDate eq null", within: (since: string) => `LastChangeDate eq null and (${since})` },
} as const;

const idLiteral = (id: string) => `'${id.replace(/'/g, "''")}'`;

/**
 * The `$filter` of a stream from its position: everything at or after the
 * position's second, or, once the position has an `afterId`, everything
 * after that partner of the second in the stream's order.
 */
function partnerFilter(stream: SapStream, position: SapStreamPosition | undefined): string {
  const s = streams[stream];
  if (!position) return s.everything;
  const day = dateFilterLiteral(position.date);
  const time = timeFilterLiteral(position.time);
  const inDay = position.afterId ? `${s.time} gt ${time} or (${s.time} eq ${time} and BusinessPartner gt ${idLiteral(position.afterId)})` : `${s.time} ge ${time}`;
  return s.within(`${s.date} gt ${day} or (${s.date} eq ${day} and (${inDay}))`);
}

/** The stream's order; the id last makes it total, which the position's seen ids rely on. */
const partnerOrderBy = (stream: SapStream) => `${streams[stream].date},${streams[stream].time},BusinessPartner`;

/**
 * One request for the next partners of a stream after its position. Built by hand rather than with
 * URLSearchParams, which writes spaces as "+": SAP Gateway reads OData
 * options with %20.
 */
export function partnerQueryUrl(connection: SapConnection, stream: SapStream, position: SapStreamPosition | undefined, top: number): URL {
  const options = {
    $filter: partnerFilter(stream, position),
    $orderby: partnerOrderBy(stream),
    $expand: PARTNER_EXPAND,
    $top: String(top),
    $format: "json",
  };
  const query = Object.entries(options).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return new URL(`A_BusinessPartner?${query.join("&")}`, serviceRoot(connection));
}
