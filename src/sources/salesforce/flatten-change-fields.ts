/**
 * Change events nest compound fields (`Name: {FirstName, LastName}`,
 * `BillingAddress: {Street, City}`) where queries return flat fields
 * (FirstName, BillingStreet). Flattening both the body and the
 * `changedFields` names (`Name.LastName`, `MailingAddress.City`) lets one
 * mapping read both and a partial be applied onto a queried record.
 */
function prefixOf(compound: string): string {
  if (compound === "Name") return "";
  return compound.endsWith("Address") ? compound.slice(0, -"Address".length) : compound;
}

/** `MailingAddress.City` → `MailingCity`, `Name.FirstName` → `FirstName`, `Phone` → `Phone`. */
export function flatFieldName(name: string): string {
  const dot = name.indexOf(".");
  return dot < 0 ? name : prefixOf(name.slice(0, dot)) + name.slice(dot + 1);
}

/** The body's fields, compound values spread into their flat names; the header is not a field. */
export function flattenChangeBody(payload: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === "ChangeEventHeader") continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [part, partValue] of Object.entries(value)) flat[prefixOf(key) + part] = partValue;
    } else {
      flat[key] = value;
    }
  }
  return flat;
}
