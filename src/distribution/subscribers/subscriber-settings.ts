import { z } from "zod";
import { cleanText } from "@/src/auth/user-fields";
import { sql } from "@/src/db";
import { checkWebhookUrl } from "@/src/distribution/url-guard/check-webhook-url";
import { AppError, fieldIssues, type FieldIssue } from "@/src/errors";
import { attributeNames } from "@/src/golden/attributes";
import { hubEventTypes, subscriberEntityTypes } from "./event-types";

export const SUBSCRIBER_URL_MAX = 2_000;
const LIST_MAX = 100;

const quoted = (values: string[]) => values.map((v) => `'${v.slice(0, 60)}'`).join(", ");

/** A filter chosen from a fixed set, empty meaning all; refused naming the values outside it, since a typo would match nothing, silently. */
function subsetOf(field: string, allowed: readonly string[]) {
  return z
    .array(z.string({ error: `${field}: each value must be text.` }), { error: `${field}: give a list (empty for all).` })
    .max(LIST_MAX, `${field}: choose at most ${LIST_MAX}.`)
    .superRefine((values, ctx) => {
      const unknown = values.filter((v) => !allowed.includes(v));
      if (unknown.length) ctx.addIssue({ code: "custom", message: `${field}: ${quoted(unknown)} not known; choose from ${allowed.join(", ")} (or none for all).` });
    })
    .transform((values) => [...new Set(values)]);
}

const settingsFields = {
  name: cleanText("Name", 100),
  url: z
    .string({ error: "URL: enter the endpoint's address, such as https://crm.example.com/hooks/goldenhub." })
    .trim()
    .min(1, "URL: enter the endpoint's address, such as https://crm.example.com/hooks/goldenhub.")
    .max(SUBSCRIBER_URL_MAX, `URL: keep it to ${SUBSCRIBER_URL_MAX.toLocaleString("en")} characters.`),
  eventTypes: subsetOf("Event types", hubEventTypes),
  // Existence is checked against the database below; here only the shape.
  sourceKeys: z
    .array(z.string({ error: "Sources: each value must be a source key." }).min(1).max(60), { error: "Sources: give a list of source keys (empty for all)." })
    .max(LIST_MAX, `Sources: choose at most ${LIST_MAX}.`)
    .transform((keys) => [...new Set(keys)]),
  entityTypes: subsetOf("Entity types", subscriberEntityTypes),
  attributes: subsetOf("Attributes", attributeNames),
  payloadStyle: z.enum(["FULL", "THIN"], { error: "Payload style: choose FULL (the whole record) or THIN (changed values only)." }),
};

/** A new subscriber: name and URL required, filters empty (everything) and FULL payloads unless given. */
export const newSubscriberSchema = z.object(settingsFields).partial({ eventTypes: true, sourceKeys: true, entityTypes: true, attributes: true, payloadStyle: true });
/** A change to a subscriber: each field absent stays as it is. */
export const subscriberChangesSchema = z.object(settingsFields).partial();

export type SubscriberSettings = z.output<typeof subscriberChangesSchema>;

/** GraphQL and forms send null for a field left out; it means the same as absent. */
const withoutNulls = (input: unknown) =>
  input && typeof input === "object" && !Array.isArray(input) ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) : input;

/**
 * Parses a subscriber's settings, then checks what needs the world: the URL
 * against the webhook guard (scheme, credentials, private addresses) and the
 * source keys against the registered sources. Every problem is reported at
 * once, each naming its field, so the form shows them all in one round.
 */
export async function parseSubscriberSettings<S extends typeof newSubscriberSchema | typeof subscriberChangesSchema>(schema: S, input: unknown): Promise<z.output<S>> {
  const raw = withoutNulls(input);
  const parsed = schema.safeParse(raw);
  const issues: FieldIssue[] = parsed.success ? [] : fieldIssues(parsed.error.issues);
  const fine = (field: string) => !issues.some((i) => i.path === field || i.path.startsWith(`${field}.`));
  const fields = (raw ?? {}) as { url?: unknown; sourceKeys?: unknown };
  let url: string | undefined;
  if (typeof fields.url === "string" && fine("url")) {
    try {
      url = (await checkWebhookUrl(fields.url.trim())).href;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const problems = err.issues.length ? err.issues.map((i) => i.message) : [err.message];
      issues.push(...problems.map((message) => ({ path: "url", message: `URL: ${message}` })));
    }
  }
  if (Array.isArray(fields.sourceKeys) && fields.sourceKeys.length && fine("sourceKeys")) {
    const keys = fields.sourceKeys as string[];
    const known = new Set((await sql<{ key: string }[]>`SELECT key FROM "Source" WHERE key = ANY(${keys}::text[])`).map((s) => s.key));
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length) issues.push({ path: "sourceKeys", message: `Sources: no source has the key ${quoted(unknown)}.` });
  }
  if (issues.length || !parsed.success) throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
  return (url === undefined ? parsed.data : { ...parsed.data, url }) as z.output<S>;
}
