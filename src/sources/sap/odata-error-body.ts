import { z } from "zod";

/** SAP Gateway's error document; `innererror` holds the ABAP details (transaction id, error list). */
const odataErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ lang: z.string().optional(), value: z.string() }),
    innererror: z.unknown().optional(),
  }),
});

/** "code: message" from an OData error body, or null when the body is not one (an HTML page from a proxy, say). */
export function odataErrorMessage(body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = odataErrorSchema.safeParse(json);
  return parsed.success ? `${parsed.data.error.code}: ${parsed.data.error.message.value}` : null;
}
