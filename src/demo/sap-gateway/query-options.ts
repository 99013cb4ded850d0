import type { DemoPartner } from "./demo-partner";
import { ODataRequestError } from "./odata-request-error";
import { parseFilter } from "./parse-filter";
import { isPartnerProperty, partnerProperties } from "./partner-properties";

const expandablePaths = [
  "to_BusinessPartnerAddress",
  "to_BusinessPartnerAddress/to_EmailAddress",
  "to_BusinessPartnerAddress/to_PhoneNumber",
  "to_BuPaIdentification",
  "to_BusinessPartnerTax",
] as const;

export type ExpandPath = (typeof expandablePaths)[number];

export type PartnerQuery = {
  filter: (p: DemoPartner) => boolean;
  compare: (a: DemoPartner, b: DemoPartner) => number;
  expand: Set<ExpandPath>;
  top?: number;
  skip: number;
  skiptoken: number;
  inlineCount: boolean;
};

const supported = new Set(["$filter", "$orderby", "$expand", "$top", "$skip", "$skiptoken", "$inlinecount", "$format"]);

function count(name: string, value: string | null): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new ODataRequestError(`${name} must be a non-negative integer, not '${value}'.`);
  return Number(value);
}

/** Orders by the listed properties; null (ABAP's initial date) sorts first, as SAP's database does. */
function parseOrderBy(value: string | null, timeZone: string): PartnerQuery["compare"] {
  const keys = (value ?? "BusinessPartner").split(",").map((part) => {
    const [property, direction = "asc", ...rest] = part.trim().split(/\s+/);
    if (!isPartnerProperty(property) || !["asc", "desc"].includes(direction) || rest.length) {
      throw new ODataRequestError(`Cannot order by '${part.trim()}' in this demo gateway.`);
    }
    return { read: partnerProperties[property].read, sign: direction === "asc" ? 1 : -1 };
  });
  return (a, b) => {
    for (const { read, sign } of keys) {
      const [x, y] = [read(a, timeZone), read(b, timeZone)];
      if (x === y) continue;
      if (x === null) return -sign;
      if (y === null) return sign;
      return x < y ? -sign : sign;
    }
    return 0;
  };
}

/** Expanding a nested path expands its parent too, as in OData. */
function parseExpand(value: string | null): Set<ExpandPath> {
  const paths = new Set<ExpandPath>();
  for (const path of (value ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    if (!(expandablePaths as readonly string[]).includes(path)) throw new ODataRequestError(`Navigation property path '${path}' cannot be expanded.`);
    paths.add(path as ExpandPath);
    if (path.includes("/")) paths.add("to_BusinessPartnerAddress");
  }
  return paths;
}

/** Reads the system query options of a collection request, dates as the server in `timeZone` keeps them; options the hub's connector never sends are refused by name. */
export function parseQueryOptions(search: URLSearchParams, timeZone: string): PartnerQuery {
  for (const key of search.keys()) {
    if (key.startsWith("$") && !supported.has(key)) throw new ODataRequestError(`System query option '${key}' is not supported by this demo gateway.`);
  }
  const format = search.get("$format");
  if (format !== null && format !== "json") throw new ODataRequestError(`Only $format=json is served, not '${format}'.`, 415);
  const inline = search.get("$inlinecount");
  if (inline !== null && inline !== "allpages" && inline !== "none") throw new ODataRequestError(`$inlinecount must be allpages or none.`);
  const filter = search.get("$filter");
  return {
    filter: filter ? parseFilter(filter, timeZone) : () => true,
    compare: parseOrderBy(search.get("$orderby"), timeZone),
    expand: parseExpand(search.get("$expand")),
    top: count("$top", search.get("$top")),
    skip: count("$skip", search.get("$skip")) ?? 0,
    skiptoken: count("$skiptoken", search.get("$skiptoken")) ?? 0,
    inlineCount: inline === "allpages",
  };
}
