import type { GoldenRecordStatus, SourceRecordStatus } from "@/prisma/generated/client";
import { attributeNames, type AttributeName, type CustomerAttributes, type LineageEntry } from "./attributes";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { readWarnings, type ValueWarning } from "@/src/standardize/value-warnings";
import { readOverrides, type Overrides } from "./overrides";
import { readAttributes, readLineage } from "./read-golden-json";

export type AttributeWithLineage = { name: AttributeName; value: string; lineage: (LineageEntry & { sourceName: string }) | null };

export type XrefColumn = {
  id: string;
  sourceName: string;
  sourceKey: string;
  externalId: string;
  status: SourceRecordStatus;
  sourceUpdatedAt: Date;
  attributes: CustomerAttributes;
  /** values ingest left out as invalid, with why */
  warnings: ValueWarning[];
};

export type VersionRow = { version: number; status: GoldenRecordStatus; reason: string; actor: string; createdAt: Date; changed: AttributeName[] };

export type RelatedRecord = { id: string; displayName: string };

export type GoldenRecordDetail = {
  id: string;
  displayName: string;
  status: GoldenRecordStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  mergedInto: RelatedRecord | null;
  mergedFrom: RelatedRecord[];
  attributes: AttributeWithLineage[];
  /** steward corrections in force, including values marked unknown (which have no attribute row) */
  overrides: Overrides;
  xrefs: XrefColumn[];
  versions: VersionRow[];
  openSuspects: { id: string; score: number; other: RelatedRecord }[];
};

const HISTORY_LIMIT = 100;

function changedAttributes(newer: CustomerAttributes, older: CustomerAttributes | undefined): AttributeName[] {
  if (!older) return attributeNames.filter((n) => newer[n] !== undefined);
  return attributeNames.filter((n) => newer[n] !== older[n]);
}

/**
 * Everything a steward needs to trust or question one golden record: each
 * value with the source that supplied it, the source records side by side,
 * and the history of versions with what each one changed.
 */
export async function loadGoldenRecord({ id }: { id: string }): Promise<GoldenRecordDetail> {
  if (!isRecordId(id)) throw new AppError("NOT_FOUND", "No golden record has that id.");
  const golden = await prisma.goldenRecord.findUnique({
    where: { id },
    include: {
      mergedInto: { select: { id: true, displayName: true } },
      mergedFrom: { select: { id: true, displayName: true }, orderBy: { displayName: "asc" } },
      sourceRecords: { include: { source: { select: { name: true, key: true } } }, orderBy: [{ status: "asc" }, { sourceUpdatedAt: "desc" }] },
      versions: { orderBy: { version: "desc" }, take: HISTORY_LIMIT + 1 },
      suspectsLeft: { where: { status: "OPEN" }, select: { id: true, score: true, right: { select: { id: true, displayName: true } } } },
      suspectsRight: { where: { status: "OPEN" }, select: { id: true, score: true, left: { select: { id: true, displayName: true } } } },
    },
  });
  if (!golden) throw new AppError("NOT_FOUND", `No golden record has the id ${id}.`);
  const sourceNames = new Map(golden.sourceRecords.map((r) => [r.source.key, r.source.name]));
  const values = readAttributes(golden.attributes);
  const lineages = readLineage(golden.lineage);
  const attributes = attributeNames.flatMap((name) => {
    const value = values[name];
    if (value === undefined) return [];
    const lineage = lineages[name];
    return [{ name, value, lineage: lineage ? { ...lineage, sourceName: lineage.override ? "Steward override" : (sourceNames.get(lineage.source) ?? lineage.source) } : null }];
  });
  const snapshots = golden.versions.map((v) => readAttributes(v.attributes));
  const versions = golden.versions.slice(0, HISTORY_LIMIT).map((v, i) => ({
    version: v.version,
    status: v.status,
    reason: v.reason,
    actor: v.actor,
    createdAt: v.createdAt,
    changed: changedAttributes(snapshots[i], snapshots[i + 1]),
  }));
  return {
    id: golden.id,
    displayName: golden.displayName,
    status: golden.status,
    version: golden.version,
    createdAt: golden.createdAt,
    updatedAt: golden.updatedAt,
    mergedInto: golden.mergedInto,
    mergedFrom: golden.mergedFrom,
    attributes,
    overrides: readOverrides(golden.overrides),
    xrefs: golden.sourceRecords.map((r) => ({
      id: r.id,
      sourceName: r.source.name,
      sourceKey: r.source.key,
      externalId: r.externalId,
      status: r.status,
      sourceUpdatedAt: r.sourceUpdatedAt,
      attributes: readAttributes(r.standardized),
      warnings: readWarnings(r.warnings),
    })),
    versions,
    openSuspects: [
      ...golden.suspectsLeft.map((s) => ({ id: s.id, score: s.score, other: s.right })),
      ...golden.suspectsRight.map((s) => ({ id: s.id, score: s.score, other: s.left })),
    ].sort((a, b) => b.score - a.score),
  };
}
