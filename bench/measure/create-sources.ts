import { prisma } from "@/src/db";
import type { SourceKey } from "@/bench/generate/types";

/** The three systems of the generated population; survivorship trusts the CRM most and CSV lists least. */
const sources: { key: SourceKey; name: string; kind: "CRM" | "ERP" | "CSV"; priority: number }[] = [
  { key: "crm", name: "CRM (bench)", kind: "CRM", priority: 70 },
  { key: "erp", name: "ERP (bench)", kind: "ERP", priority: 60 },
  { key: "csv", name: "CSV imports (bench)", kind: "CSV", priority: 50 },
];

/** Registers the benchmark's sources in its own empty database. */
export async function createSources(): Promise<void> {
  await prisma.source.createMany({ data: sources });
}
