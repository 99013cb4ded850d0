import { z } from "zod";
import { prisma } from "@/src/db";

const quality = z.object({ threshold: z.number(), precision: z.number(), recall: z.number(), pairsAbove: z.number() });
const qualitySchema = z.object({ autoMerge: quality, review: quality });
const trainingSchema = z.object({ pairs: z.number(), labelled: z.number(), iterations: z.number(), startedFrom: z.string() });

export type ModelQuality = z.infer<typeof qualitySchema>;
export type ModelTraining = z.infer<typeof trainingSchema>;

export type MatchModelRow = {
  id: string;
  version: number;
  status: "DRAFT" | "ACTIVE" | "RETIRED";
  note: string | null;
  createdBy: string;
  createdAt: Date;
  activatedBy: string | null;
  activatedAt: Date | null;
  /** null for versions that only changed thresholds */
  quality: ModelQuality | null;
  training: ModelTraining | null;
};

const select = {
  id: true,
  version: true,
  status: true,
  note: true,
  createdBy: true,
  createdAt: true,
  activatedBy: true,
  activatedAt: true,
  quality: true,
  training: true,
} as const;

type Stored = Omit<MatchModelRow, "quality" | "training"> & { quality: unknown; training: unknown };

// A row written by an older release with a different JSON shape shows as "no figures" rather than breaking the page.
const toRow = (m: Stored): MatchModelRow => ({
  ...m,
  quality: qualitySchema.safeParse(m.quality).data ?? null,
  training: trainingSchema.safeParse(m.training).data ?? null,
});

/**
 * The model versions an admin chooses between, newest first, with what each
 * was trained on and the quality it expects, plus the active one even when it
 * is older than the page shows, so who activated it is always on screen.
 */
export async function listMatchModels(opts: { take: number }): Promise<{ rows: MatchModelRow[]; total: number; active: MatchModelRow | null }> {
  const [rows, total, active] = await Promise.all([
    prisma.matchModel.findMany({ orderBy: { version: "desc" }, take: opts.take, select }),
    prisma.matchModel.count(),
    prisma.matchModel.findFirst({ where: { status: "ACTIVE" }, orderBy: { version: "desc" }, select }),
  ]);
  return { rows: rows.map(toRow), total, active: active ? toRow(active) : null };
}
