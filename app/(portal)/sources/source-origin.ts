import type { SourceHealth } from "@/src/sources/list-source-health";

const connectors = { SALESFORCE: "Salesforce", SAP: "SAP S/4HANA" } as const;

/** Where a source's records come from, in words: the system the hub pulls from, or how the source sends them itself. */
export function sourceOrigin(source: Pick<SourceHealth, "connector" | "kind">): string {
  if (source.connector) return `${connectors[source.connector]} · ${source.kind}`;
  return source.kind === "CSV" ? "CSV files" : "API pushes";
}
