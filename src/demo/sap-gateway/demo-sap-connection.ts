import { parseSapConnection, type SapConnection, type SapConnectionInput } from "@/src/sources/sap/sap-connection";
import type { SapGateway } from "./start-sap-gateway";

/** The connection a source needs to read a running demo gateway, so the demo source and the tests connect the same way. */
export function demoSapConnection(gateway: Pick<SapGateway, "url" | "username" | "password"> & { timeZone?: string }, overrides: Partial<SapConnectionInput> = {}): SapConnection {
  return parseSapConnection({ baseUrl: gateway.url, username: gateway.username, password: gateway.password, timeZone: gateway.timeZone, ...overrides });
}
