import type { FieldIssue } from "@/src/errors";

/** What the subscriber forms show again after a refusal: everything typed and chosen, since nothing here is secret. */
export type SubscriberValues = {
  name: string;
  url: string;
  eventTypes: string[];
  entityTypes: string[];
  sourceKeys: string[];
  attributes: string[];
  payloadStyle: string;
};

/** A blank form: no filter (everything) and full payloads, the domain's own defaults. */
export const emptySubscriberValues: SubscriberValues = { name: "", url: "", eventTypes: [], entityTypes: [], sourceKeys: [], attributes: [], payloadStyle: "FULL" };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** Every checked box or chosen option of a field; an unchecked group sends nothing, which is the empty list that means "all". */
const chosen = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

/**
 * Reads a subscriber form into the settings `createSubscriber` and
 * `updateSubscriber` validate, and the values to show again. Every filter is
 * sent, empty or not, so an edit that clears a filter really clears it.
 */
export function subscriberInput(form: FormData): { input: Record<string, unknown>; values: SubscriberValues } {
  const values: SubscriberValues = {
    name: text(form, "name"),
    url: text(form, "url"),
    eventTypes: chosen(form, "eventTypes"),
    entityTypes: chosen(form, "entityTypes"),
    sourceKeys: chosen(form, "sourceKeys"),
    attributes: chosen(form, "attributes"),
    payloadStyle: text(form, "payloadStyle"),
  };
  // A blank style is left out, so the domain's default (FULL) applies instead of a refusal nobody could see the cause of.
  const { payloadStyle, ...rest } = values;
  return { input: payloadStyle ? values : rest, values };
}

/** The issues of a refusal about one field: the field itself or one of its values (`eventTypes.2`). */
export function issuesAbout(issues: FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((i) => i.path === field || i.path.startsWith(`${field}.`));
}

/** The fields the subscriber forms show: a refusal naming anything else goes in the message beside the button instead. */
export const subscriberFieldNames = ["name", "url", "eventTypes", "entityTypes", "sourceKeys", "attributes", "payloadStyle"] as const;

/**
 * The sentence beside a form's button after a refusal. Each field shows its
 * own problems beneath it, so this repeats only what no field shows (and a
 * refusal without field issues, such as a subscriber removed meanwhile).
 */
export function refusalMessage(what: string, error: { message: string; issues: FieldIssue[] }, fields: readonly string[] = subscriberFieldNames): string {
  if (!error.issues.length) return `${what}: ${error.message}`;
  const elsewhere = error.issues.filter((i) => !fields.some((f) => issuesAbout([i], f).length));
  const placed = elsewhere.length < error.issues.length;
  const pointer = placed ? (elsewhere.length ? "Also see the fields marked below." : "see the fields marked below.") : "";
  return [`${what}:`, ...elsewhere.map((i) => i.message), pointer].filter(Boolean).join(" ");
}
