import { createApiToken } from "@/src/auth/api-tokens";
import { hashPassword } from "@/src/auth/password";
import { prisma } from "@/src/db";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { processBatch } from "@/src/ingest/process-batch";
import { DEMO_RECEIVER_SECRET, demoReceiverUrl } from "./demo-receiver";
import { syntheticCustomers } from "./synthetic-customers";

export const demoLogins = [
  { email: "admin@goldenhub.local", name: "Ada Admin", role: "ADMIN", password: "goldenhub-admin" },
  { email: "steward@goldenhub.local", name: "Sam Steward", role: "STEWARD", password: "goldenhub-steward" },
] as const;

/** The CRM is trusted over the ERP in the demo, because the ERP's copies were typed again by hand (with typos). */
const sources = [
  { key: "crm", name: "Demo CRM (Salesforce)", kind: "CRM", priority: 70 },
  { key: "erp", name: "Demo ERP (SAP S/4HANA)", kind: "ERP", priority: 60 },
] as const;

/**
 * Fills an empty hub with a demo a new user can explore at once: logins, two
 * sources, a subscriber, and customers with planted duplicates fed through the
 * real ingest and matching code. Running it again changes nothing.
 */
export async function seedDemo(opts: { customers: number; log: (line: string) => void }): Promise<void> {
  for (const u of demoLogins) {
    const existing = await prisma.user.findUnique({ where: { email: u.email } });
    if (!existing) await prisma.user.create({ data: { email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(u.password) } });
  }
  for (const s of sources) await prisma.source.upsert({ where: { key: s.key }, update: {}, create: s });
  if (!(await prisma.subscriber.findFirst({ where: { name: "Demo receiver" } }))) {
    await prisma.subscriber.create({ data: { name: "Demo receiver", url: demoReceiverUrl(), secret: DEMO_RECEIVER_SECRET, eventTypes: [] } });
  }
  // The demo receiver runs on loopback, which webhooks may reach only when allowlisted: its one port, no more.
  const receiver = new URL(demoReceiverUrl()).host;
  await prisma.webhookAllowlistEntry.upsert({ where: { pattern: receiver }, update: {}, create: { pattern: receiver, note: "the bundled demo receiver", createdBy: "seed" } });
  if (!(await prisma.apiToken.findFirst({ where: { name: "demo-ingest" } }))) {
    const token = await createApiToken({ name: "demo-ingest", role: "STEWARD" });
    opts.log(`API token for pushing records and reading GraphQL (shown once): ${token.secret}`);
  }
  if ((await prisma.sourceRecord.count()) === 0) {
    const records = syntheticCustomers(opts.customers);
    const admin = { kind: "user" as const, id: "seed", label: "seed", role: "ADMIN" as const, sourceId: null };
    for (const key of ["crm", "erp"] as const) {
      const batch = records.filter((r) => r.source === key).map((r) => ({ externalId: r.externalId, attributes: r.attributes }));
      const { batchId } = await acceptBatch({ sourceKey: key, principal: admin, body: { records: batch } });
      await processBatch({ batchId, wait: true });
      opts.log(`ingested ${batch.length} demo customers from ${key}`);
    }
    opts.log(`${await prisma.duplicateSuspect.count({ where: { status: "OPEN" } })} duplicate suspects wait for a steward under Suspects`);
  }
  for (const u of demoLogins) opts.log(`login: ${u.email} / ${u.password} (${u.role.toLowerCase()})`);
}
