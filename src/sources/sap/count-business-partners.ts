import { z } from "zod";
import { getOData } from "./get-odata";
import { serviceRoot, type SapConnection } from "./sap-connection";
import { SapError } from "./sap-error";

const countSchema = z.object({ d: z.object({ __count: z.string().regex(/^\d+$/) }) });

/**
 * How many partners the system holds, read without reading any: one cheap
 * request that also proves the URL and credentials work, for registering a
 * source and for showing an initial load's progress.
 */
export async function countBusinessPartners(connection: SapConnection, signal?: AbortSignal): Promise<number> {
  const url = new URL("A_BusinessPartner?$top=0&$inlinecount=allpages", serviceRoot(connection));
  const body = countSchema.safeParse(await getOData(connection, url, signal));
  if (!body.success) throw new SapError("invalid-response", "SAP's reply to a count request has no d.__count.");
  return Number(body.data.d.__count);
}
