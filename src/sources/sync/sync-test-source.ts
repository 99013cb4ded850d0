import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { demoSalesforceSourceConfig } from "@/src/demo/salesforce/demo-source-config";
import type { SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { registerSource } from "@/src/sources/register-source";
import { unique } from "@/src/testing/fixtures";

const registered: string[] = [];

/** Keeps a registered test source's id, so `retireTestSources` can pause it once its demo server is gone. */
function kept<T extends { id: string }>(source: T): T {
  registered.push(source.id);
  return source;
}

/**
 * Pauses the sources this test file registered. Their demo servers close with
 * the file, and a worker started by a later file would otherwise keep syncing
 * and listening to systems that no longer answer, crowding out its own jobs.
 */
export async function retireTestSources(): Promise<void> {
  await prisma.source.updateMany({ where: { id: { in: registered } }, data: { pausedAt: new Date(), pausedReason: "its test is over" } });
}

/** Registers the demo Salesforce at `url` as a fresh source, as an admin would through the Sources page. */
export async function registerDemoSalesforce(url: string, extra: Record<string, unknown> = {}) {
  const { credentials, ...config } = demoSalesforceSourceConfig(url);
  return kept(await registerSource({ principal: systemPrincipal("test"), input: { key: `sf-${unique()}`, name: "Test Salesforce", connector: "SALESFORCE", config: { ...config, ...extra }, credentials } }));
}

/** Registers a running demo SAP gateway as a fresh source. */
export async function registerDemoSap(gateway: SapGateway, extra: Record<string, unknown> = {}) {
  return kept(await registerSource({
    principal: systemPrincipal("test"),
    input: { key: `sap-${unique()}`, name: "Test SAP", connector: "SAP", config: { baseUrl: gateway.url, ...extra }, credentials: { username: gateway.username, password: gateway.password } },
  }));
}

/** The source's records by external id, with their status and golden record. */
export async function sourceRecordsOf(sourceId: string) {
  const rows = await prisma.sourceRecord.findMany({ where: { sourceId }, select: { externalId: true, status: true, goldenRecordId: true, raw: true } });
  return new Map(rows.map((r) => [r.externalId, r]));
}
