import { prisma } from "@/src/db";
import type { Field } from "@/src/matching/compare/level";
import { defaultModel } from "./default-model";
import type { MatchModel } from "./match-model";
import { defaultThresholds, thresholdsSchema, type EntityThresholds } from "./thresholds";

export type BuiltInLevel = { field: Field; level: string };

export type ActiveModel = {
  id: string | null;
  version: string;
  model: MatchModel;
  thresholds: EntityThresholds;
  /** the levels the stored version has no weight for, weighed as the built-in model says */
  builtInLevels: BuiltInLevel[];
};

/** Ingest reads the model per record; a short cache keeps that off the database while an activation still reaches every worker within seconds. */
const TTL_MS = 10_000;
let cached: { at: number; value: ActiveModel } | null = null;

/**
 * A model stored before a comparator gained a level (phones one digit apart)
 * has no weight for it, and a missing weight counts as no evidence at all;
 * until it is retrained, such a level weighs what the built-in model says.
 */
export function withLevelsOf(base: MatchModel, stored: MatchModel): MatchModel {
  const fields = Object.fromEntries(
    Object.entries(base.fields).map(([field, levels]) => [field, { ...levels, ...stored.fields[field as keyof MatchModel["fields"]] }]),
  ) as MatchModel["fields"];
  return { ...stored, fields };
}

/** The levels a stored model predates, so an admin is not shown a borrowed weight as a learned one. */
export function levelsMissingFrom(base: MatchModel, stored: MatchModel): BuiltInLevel[] {
  return (Object.keys(base.fields) as Field[]).flatMap((field) =>
    Object.keys(base.fields[field])
      .filter((level) => !stored.fields[field]?.[level])
      .map((level) => ({ field, level })),
  );
}

function fromStored(id: string, stored: MatchModel, thresholds: unknown): ActiveModel {
  return {
    id,
    version: stored.version,
    model: withLevelsOf(defaultModel, stored),
    thresholds: thresholdsSchema.parse(thresholds),
    builtInLevels: levelsMissingFrom(defaultModel, stored),
  };
}

/** The ACTIVE version as stored, or null while the built-in model is in force. */
export function findActiveModelRow() {
  return prisma.matchModel.findFirst({ where: { status: "ACTIVE" }, orderBy: { version: "desc" } });
}

/** The model and thresholds matching uses now: the ACTIVE version, or the built-in defaults before any was activated. */
export async function loadActiveModel(opts: { fresh?: boolean } = {}): Promise<ActiveModel> {
  const now = Date.now();
  if (cached && !opts.fresh && now - cached.at < TTL_MS) return cached.value;
  const row = await findActiveModelRow();
  const value: ActiveModel = row
    ? fromStored(row.id, { ...(row.parameters as Omit<MatchModel, "version">), version: `v${row.version}` }, row.thresholds)
    : { id: null, version: defaultModel.version, model: defaultModel, thresholds: defaultThresholds(), builtInLevels: [] };
  cached = { at: now, value };
  return value;
}

/** Drops the cache, so this process sees an activation at once. */
export function forgetActiveModel(): void {
  cached = null;
}
