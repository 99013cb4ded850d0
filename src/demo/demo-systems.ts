import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { registerSource } from "@/src/sources/register-source";
import { demoSalesforceSourceConfig } from "./salesforce/demo-source-config";
import { DEMO_SAP_PASSWORD, DEMO_SAP_USER } from "./sap-gateway/start-sap-gateway";

/** Where `npm start` runs its demo CRM and ERP (demo/systems.ts), which the seed registers as sources at these addresses. */
export const demoSalesforceUrl = () => `http://127.0.0.1:${env.DEMO_SALESFORCE_PORT}`;
export const demoSapUrl = () => `http://127.0.0.1:${env.DEMO_SAP_PORT}`;

/**
 * Registers the demo Salesforce org and SAP gateway as connector sources,
 * through the same operation an admin uses, so the worker syncs them and
 * listens to their changes from the first start. Registering needs
 * SOURCE_CREDENTIALS_KEY (npm start writes one into .env); without it the
 * demo systems run unsynced and this says why. Running it again changes nothing.
 */
export async function registerDemoSources(log: (line: string) => void): Promise<void> {
  if (!env.SOURCE_CREDENTIALS_KEY) return log("SOURCE_CREDENTIALS_KEY is not set, so the demo Salesforce and SAP are not registered as sources");
  const principal = systemPrincipal("seed");
  const { credentials, ...salesforce } = demoSalesforceSourceConfig(demoSalesforceUrl());
  const demos = [
    { key: "demo-salesforce", name: "Demo Salesforce (live)", connector: "SALESFORCE", config: salesforce, credentials },
    { key: "demo-sap", name: "Demo SAP S/4HANA (live)", connector: "SAP", config: { baseUrl: demoSapUrl() }, credentials: { username: DEMO_SAP_USER, password: DEMO_SAP_PASSWORD } },
  ];
  for (const input of demos) {
    if (await prisma.source.findUnique({ where: { key: input.key }, select: { id: true } })) continue;
    await registerSource({ principal, input });
    log(`registered ${input.name} as source '${input.key}'; the worker syncs it`);
  }
}
