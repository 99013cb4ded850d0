import type { DemoPartner } from "./demo-partner";
import { ODataRequestError } from "./odata-request-error";
import { isPartnerProperty, partnerProperties, type PartnerProperty, type PropertyValue } from "./partner-properties";

type Predicate = (p: DemoPartner) => boolean;
type Operator = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

const tokenPattern = /\s*(\(|\)|datetime'[^']*'|time'[^']*'|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_]*)/y;

function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < filter.length) {
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(filter);
    if (!match) {
      if (!filter.slice(at).trim()) break;
      throw new ODataRequestError(`Invalid filter expression near '${filter.slice(at, at + 20)}'.`);
    }
    tokens.push(match[1]);
  }
  return tokens;
}

/** A literal as the property's comparable value; a literal of the wrong type is refused, as SAP does. */
function literal(token: string, property: PartnerProperty): PropertyValue {
  if (token === "null") return null;
  const type = partnerProperties[property].type;
  const datetime = /^datetime'(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?'$/.exec(token);
  if (type === "datetime" && datetime) return Date.parse(`${datetime[1]}T${datetime[2]}:${datetime[3]}:${datetime[4] ?? "00"}Z`);
  const time = /^time'PT(\d{1,2})H(\d{1,2})M(\d{1,2})S'$/.exec(token);
  if (type === "time" && time) return Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
  if (type === "string" && /^'.*'$/.test(token)) return token.slice(1, -1).replace(/''/g, "'");
  throw new ODataRequestError(`Literal ${token} does not fit property ${property} (${type}).`);
}

function compare(a: PropertyValue, op: Operator, b: PropertyValue): boolean {
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  // OData compares nothing with null except for (in)equality.
  if (a === null || b === null) return false;
  return op === "gt" ? a > b : op === "ge" ? a >= b : op === "lt" ? a < b : a <= b;
}

/**
 * Parses the `$filter` forms the hub's SAP connector sends (comparisons of
 * the date, time and key properties joined by `and`, `or` and parentheses)
 * into a predicate. Anything else (functions, `not`, other properties) is a
 * 400 OData error, the same answer SAP gives a filter it cannot handle.
 */
export function parseFilter(filter: string, timeZone: string): Predicate {
  const tokens = tokenize(filter);
  let i = 0;
  const expect = (what: string) => {
    if (tokens[i] !== what) throw new ODataRequestError(`Invalid filter expression: expected '${what}' at '${tokens[i] ?? "end"}'.`);
    i += 1;
  };
  const comparison = (): Predicate => {
    const property = tokens[i++] ?? "";
    if (!isPartnerProperty(property)) throw new ODataRequestError(`Property '${property}' cannot be filtered on in this demo gateway.`);
    const op = tokens[i++] as Operator;
    if (!["eq", "ne", "gt", "ge", "lt", "le"].includes(op)) throw new ODataRequestError(`Operator '${op ?? "end"}' is not supported.`);
    const value = literal(tokens[i++] ?? "", property);
    const read = partnerProperties[property].read;
    return (p) => compare(read(p, timeZone), op, value);
  };
  const primary = (): Predicate => {
    if (tokens[i] !== "(") return comparison();
    i += 1;
    const inner = disjunction();
    expect(")");
    return inner;
  };
  const conjunction = (): Predicate => {
    const parts = [primary()];
    while (tokens[i] === "and") (i += 1), parts.push(primary());
    return (p) => parts.every((part) => part(p));
  };
  const disjunction = (): Predicate => {
    const parts = [conjunction()];
    while (tokens[i] === "or") (i += 1), parts.push(conjunction());
    return (p) => parts.some((part) => part(p));
  };
  const predicate = disjunction();
  if (i < tokens.length) throw new ODataRequestError(`Invalid filter expression: unexpected '${tokens[i]}'.`);
  return predicate;
}
