import { z } from "zod";
import type { GoldenRecordStatus } from "@/prisma/generated/client";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError, fieldIssues } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import type { CustomerAttributes, Lineage } from "./attributes";
import { diffVersions, type AttributeChange } from "./diff-versions";
import { readAttributes, readLineage } from "./read-golden-json";

// Versions are int4 columns: a larger number would fail the query instead of finding nothing.
const versionNumber = (field: string) =>
  z.coerce
    .number({ message: `${field}: give a version number` })
    .int(`${field}: a version is a whole number`)
    .min(1, `${field}: versions start at 1`)
    .max(2_147_483_647, `${field}: no record has that many versions`);

/** Which two versions to compare, as a link or form gives them (`?from=3&to=7`). */
export const versionPairSchema = z
  .object({ from: versionNumber("from"), to: versionNumber("to") })
  .refine((p) => p.from !== p.to, { message: "to: choose a version other than the one compared from", path: ["to"] });

export type VersionSnapshot = {
  version: number;
  status: GoldenRecordStatus;
  reason: string;
  actor: string;
  createdAt: Date;
  attributes: CustomerAttributes;
  lineage: Lineage;
};

export type VersionPair = { from: VersionSnapshot; to: VersionSnapshot; changes: AttributeChange[] };

type Row = Omit<VersionSnapshot, "attributes" | "lineage"> & { attributes: unknown; lineage: unknown; latest: number | null };

/**
 * Two versions of a golden record and what differs between them, read in one
 * statement whatever the length of the history, so the record page stays
 * fast for a record changed fifty times.
 */
export async function loadVersionPair(opts: { principal: Principal; goldenRecordId: string; from: unknown; to: unknown }): Promise<VersionPair> {
  authorize(opts.principal, "records.read");
  const parsed = versionPairSchema.safeParse({ from: opts.from, to: opts.to });
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error.issues);
    throw new AppError("VALIDATION_FAILED", issues.map((i) => i.message).join(" "), issues);
  }
  const { from, to } = parsed.data;
  const id = opts.goldenRecordId;
  if (!isRecordId(id)) throw new AppError("NOT_FOUND", "No golden record has that id.");
  // The one-row max() is joined to, so a record's latest version is known even when neither asked-for version exists.
  const rows = await sql<Row[]>`
    SELECT m.latest, v.version, v.status, v.reason, v.actor, v."createdAt", v.attributes, v.lineage
    FROM (SELECT max(version) AS latest FROM "GoldenRecordVersion" WHERE "goldenRecordId" = ${id}) m
    LEFT JOIN "GoldenRecordVersion" v ON v."goldenRecordId" = ${id} AND v.version IN (${from}, ${to})`;
  const latest = rows[0]?.latest;
  if (!latest) throw new AppError("NOT_FOUND", `No golden record has the id ${id}.`);
  const snapshot = (version: number, field: "from" | "to"): VersionSnapshot => {
    const row = rows.find((r) => r.version === version);
    if (!row) {
      throw new AppError("NOT_FOUND", `Version ${version} does not exist: this record has versions 1 to ${latest}.`, [
        { path: field, message: `version ${version} does not exist` },
      ]);
    }
    const { version: v, status, reason, actor, createdAt } = row;
    return { version: v, status, reason, actor, createdAt, attributes: readAttributes(row.attributes), lineage: readLineage(row.lineage) };
  };
  const pair = { from: snapshot(from, "from"), to: snapshot(to, "to") };
  return { ...pair, changes: diffVersions(pair.from, pair.to) };
}
