import type { ServerResponse } from "node:http";

/** The demo gateway's realm, in the form SAP NetWeaver announces it. */
const REALM = 'Basic realm="SAP NetWeaver Application Server [GHD/100]"';

/** JSON as SAP Gateway sends it; `truncate` sends only the first half and ends the reply cleanly, as a proxy that gave up would. */
export function sendJson(res: ServerResponse, status: number, body: unknown, opts: { truncate?: boolean; headers?: Record<string, string> } = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", dataserviceversion: "2.0", ...opts.headers });
  res.end(opts.truncate ? text.slice(0, Math.floor(text.length / 2)) : text);
}

/** SAP Gateway's error document, with the ABAP transaction id in `innererror` as SAP adds it. */
export function sendODataError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  const error = { code, message: { lang: "en", value: message }, innererror: { application: { component_id: "LO-MD-BP", service_namespace: "/SAP/", service_id: "API_BUSINESS_PARTNER", service_version: "0001" }, transactionid: "DEMO0000000000000000000000000000", errordetails: [] } };
  sendJson(res, status, { error }, { headers });
}

/** A failed logon is not OData: ICF answers with an HTML page and a Basic challenge before the service runs. */
export function sendUnauthorized(res: ServerResponse): void {
  res.writeHead(401, { "content-type": "text/html; charset=utf-8", "www-authenticate": REALM });
  res.end("<html><head><title>Logon Error Message</title></head><body><h1>Anmeldung fehlgeschlagen</h1><p>Logon failed: user or password wrong</p></body></html>");
}
