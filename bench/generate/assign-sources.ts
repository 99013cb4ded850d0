import type { Faker } from "@faker-js/faker";
import type { SourceKey } from "./types";

/** The CRM knows most customers, the ERP those who bought, the CSV imports a few lists. */
const sourceWeights: { value: SourceKey; weight: number }[] = [
  { value: "crm", weight: 45 },
  { value: "erp", weight: 35 },
  { value: "csv", weight: 20 },
];

/** Most customers are known once; the rest two to four times. */
const copyWeights = [
  { value: 1, weight: 60 },
  { value: 2, weight: 25 },
  { value: 3, weight: 10 },
  { value: 4, weight: 5 },
];

/** How many records one customer has across all sources. */
export function copyCount(f: Faker): number {
  return f.helpers.weightedArrayElement(copyWeights);
}

/**
 * Which source holds each copy: usually a source that does not have the
 * customer yet, sometimes one that does under another id (a duplicate inside
 * one system), and always so once every source has it.
 */
export function assignSources(f: Faker, copies: number): SourceKey[] {
  const used: SourceKey[] = [];
  for (let i = 0; i < copies; i++) {
    const unused = sourceWeights.filter((s) => !used.includes(s.value));
    const again = used.length > 0 && (unused.length === 0 || f.datatype.boolean({ probability: 0.12 }));
    used.push(again ? f.helpers.arrayElement(used) : f.helpers.weightedArrayElement(unused));
  }
  return used;
}

/** Identifiers shaped like each system's own: Salesforce ids, SAP customer numbers, CSV row keys. */
export function externalIdFor(source: SourceKey, n: number): string {
  if (source === "crm") return `0035g00000${n.toString(36).toUpperCase().padStart(8, "0")}`;
  if (source === "erp") return String(1_000_000 + n);
  return `CSV-${String(n).padStart(6, "0")}`;
}
