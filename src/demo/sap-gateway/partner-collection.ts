import type { DemoPartner } from "./demo-partner";
import { partnerJson } from "./partner-json";
import type { PartnerQuery } from "./query-options";

/** `nextLinkServiceUrl` is the service URL `__next` names, which behind a proxy is the gateway's internal one. */
export type CollectionOptions = { serviceUrl: string; nextLinkServiceUrl: string; pageSize: number; rawSearch: string; timeZone: string };

/** The request's own options with the next page's skiptoken, kept as sent so the link reads like the request. */
function nextLink(opts: CollectionOptions, skiptoken: number): string {
  const kept = opts.rawSearch.replace(/^\?/, "").split("&").filter((part) => part && !part.startsWith("$skiptoken="));
  return `${opts.nextLinkServiceUrl}A_BusinessPartner?${[...kept, `$skiptoken=${skiptoken}`].join("&")}`;
}

/**
 * One page of `A_BusinessPartner`: filtered, ordered, `$skip`/`$top` applied,
 * then cut to the server's page size with a `__next` link, as SAP Gateway
 * pages on its own. The skiptoken is an offset into the same query, which is
 * what SAP does too (and why a client must not trust it over a changing set).
 */
export function partnerCollection(partners: DemoPartner[], query: PartnerQuery, opts: CollectionOptions) {
  const matching = partners.filter(query.filter).sort(query.compare);
  const window = matching.slice(query.skip, query.top === undefined ? undefined : query.skip + query.top);
  const page = window.slice(query.skiptoken, query.skiptoken + opts.pageSize);
  const more = query.skiptoken + opts.pageSize < window.length;
  return {
    d: {
      ...(query.inlineCount ? { __count: String(matching.length) } : {}),
      results: page.map((p) => partnerJson(opts.serviceUrl, p, query.expand, opts.timeZone)),
      ...(more ? { __next: nextLink(opts, query.skiptoken + opts.pageSize) } : {}),
    },
  };
}
