import { prisma } from "@/src/db";
import { generateRecords } from "@/bench/generate/generate-records";
import type { PushRecord } from "./push-records";

const systems = [
  { suffix: "crm", kind: "CRM", priority: 70 },
  { suffix: "erp", kind: "ERP", priority: 60 },
  { suffix: "csv", kind: "CSV", priority: 50 },
] as const;

/**
 * A scenario's own three sources and a generated population pushed into
 * them, with the duplicates, typos and look-alikes of real data entry, so a
 * fault lands on the same matching and merging work production does.
 */
export async function generatedLoad(scenario: string, rows: number, seed: number): Promise<PushRecord[]> {
  for (const s of systems) {
    await prisma.source.create({ data: { key: `${scenario}-${s.suffix}`, name: `${scenario} ${s.suffix} (drill)`, kind: s.kind, priority: s.priority } });
  }
  return generateRecords({ rows, seed }).map((r) => ({
    sourceKey: `${scenario}-${r.source}`,
    externalId: r.externalId,
    updatedAt: r.updatedAt,
    attributes: r.attributes,
  }));
}
