import { queryableFields, type DemoEntity } from "./sobject-fields";

/** A query the demo can answer: what the connector sends, nothing more. */
export type DemoQuery = {
  entity: DemoEntity;
  fields: string[];
  since: number | null;
  ids: string[] | null;
  excludePersonAccounts: boolean;
  ordered: boolean;
};

/** A refusal in the REST API's shape, e.g. MALFORMED_QUERY or INVALID_FIELD. */
export class SoqlError extends Error {
  constructor(
    readonly errorCode: "MALFORMED_QUERY" | "INVALID_FIELD" | "INVALID_TYPE",
    message: string,
  ) {
    super(message);
  }
}

const shape = /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(\s+ORDER\s+BY\s+SystemModstamp\s*,\s*Id)?$/i;
const since = /^SystemModstamp\s*>=\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2}))$/i;
const idList = /^Id\s+IN\s*\(\s*('[A-Za-z0-9]{15,18}'(?:\s*,\s*'[A-Za-z0-9]{15,18}')*)\s*\)$/i;
const noPersons = /^IsPersonAccount\s*=\s*false$/i;

const malformed = (soql: string, near: string) => new SoqlError("MALFORMED_QUERY", `\n${soql}\n^\nERROR at Row:1:Column:1\nunexpected token: '${near}'`);

/**
 * Parses the SOQL the connector sends: a field list, FROM Account or Contact,
 * conditions joined by AND among `SystemModstamp >= <datetime>`,
 * `Id IN ('…')` and `IsPersonAccount = false`, and `ORDER BY SystemModstamp, Id`.
 * Anything else is refused the way Salesforce refuses it.
 */
export function parseSoql(soql: string): DemoQuery {
  const text = soql.trim().replace(/\s+/g, " ");
  const m = shape.exec(text);
  if (!m) throw malformed(text, text.split(" ")[0] ?? "");
  const [, fieldList, entityName, where, order] = m;
  const entity = (["Account", "Contact"] as const).find((e) => e.toLowerCase() === entityName.toLowerCase());
  if (!entity) throw new SoqlError("INVALID_TYPE", `\n${text}\nERROR at Row:1\nsObject type '${entityName}' is not supported.`);
  const fields = fieldList.split(",").map((f) => f.trim());
  for (const field of fields) {
    if (!/^\w+$/.test(field)) throw malformed(text, field);
    if (!queryableFields[entity].has(field)) {
      throw new SoqlError("INVALID_FIELD", `\n${text}\nERROR at Row:1\nNo such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`);
    }
  }
  const query: DemoQuery = { entity, fields, since: null, ids: null, excludePersonAccounts: false, ordered: Boolean(order) };
  for (const condition of where ? where.split(/\s+AND\s+/i) : []) {
    const s = since.exec(condition);
    const ids = idList.exec(condition);
    if (s) query.since = Date.parse(s[1]);
    else if (ids) query.ids = ids[1].split(",").map((id) => id.trim().slice(1, -1));
    else if (noPersons.test(condition)) query.excludePersonAccounts = true;
    else throw malformed(text, condition.split(" ")[0]);
  }
  return query;
}
