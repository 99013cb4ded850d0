import { z } from "zod";
import type { GoldenRecordStatus, SuspectStatus } from "@/prisma/generated/client";
import { attributeNames, type CustomerAttributes } from "@/src/golden/attributes";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { readAttributes } from "@/src/golden/read-golden-json";

/** One row of the comparison: both values, whether they differ, and how matching judged them. */
export type ComparedField = {
  attribute: string;
  left: string | null;
  right: string | null;
  differs: boolean;
  similarity: number | null;
  contribution: number | null;
  note: string | null;
};

export type ComparedRecord = { id: string; displayName: string; status: GoldenRecordStatus; version: number; sources: string[] };

export type SuspectComparison = {
  id: string;
  score: number;
  status: SuspectStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  left: ComparedRecord;
  right: ComparedRecord;
  fields: ComparedField[];
  /** the model's log-odds before any field, when the suspect recorded it */
  prior: number | null;
};

const explanationSchema = z.object({
  prior: z.number().optional(),
  modelVersion: z.string().optional(),
  fields: z.array(
    z.object({
      attribute: z.string(),
      left: z.string().nullable(),
      right: z.string().nullable(),
      similarity: z.number(),
      contribution: z.number(),
      note: z.string().optional(),
    }),
  ),
});

const record = {
  select: {
    id: true,
    displayName: true,
    status: true,
    version: true,
    attributes: true,
    sourceRecords: { where: { status: "ACTIVE" as const }, select: { externalId: true, source: { select: { name: true } } } },
  },
};

type Explanation = z.infer<typeof explanationSchema>;

function joinFields(left: CustomerAttributes, right: CustomerAttributes, explanation: Explanation | undefined): ComparedField[] {
  const explained = new Map((explanation?.fields ?? []).map((f) => [f.attribute, f]));
  const known: string[] = attributeNames.filter((n) => left[n] !== undefined || right[n] !== undefined || explained.has(n));
  const names = [...known, ...[...explained.keys()].filter((n) => !known.includes(n))];
  const leftValues: Record<string, string | undefined> = left;
  const rightValues: Record<string, string | undefined> = right;
  return names.map((attribute) => {
    const e = explained.get(attribute);
    const l = leftValues[attribute] ?? e?.left ?? null;
    const r = rightValues[attribute] ?? e?.right ?? null;
    const differs = (l ?? "").trim().toLowerCase() !== (r ?? "").trim().toLowerCase();
    return { attribute, left: l, right: r, differs, similarity: e?.similarity ?? null, contribution: e?.contribution ?? null, note: e?.note ?? null };
  });
}

/**
 * The two golden records of a duplicate suspect side by side, each attribute
 * joined with matching's explanation for it, so a steward decides on evidence.
 */
export async function loadSuspectComparison({ id }: { id: string }): Promise<SuspectComparison> {
  const suspect = isRecordId(id) ? await prisma.duplicateSuspect.findUnique({ where: { id }, include: { left: record, right: record } }) : null;
  if (!suspect) throw new AppError("NOT_FOUND", `No duplicate suspect has the id ${id}.`);
  // An explanation in an older shape shows the values without matching's judgement rather than breaking the page.
  const explanation = explanationSchema.safeParse(suspect.explanation).data;
  const compared = (g: typeof suspect.left): ComparedRecord => ({
    id: g.id,
    displayName: g.displayName,
    status: g.status,
    version: g.version,
    sources: g.sourceRecords.map((r) => `${r.source.name} ${r.externalId}`),
  });
  return {
    id: suspect.id,
    score: suspect.score,
    status: suspect.status,
    decidedBy: suspect.decidedBy,
    decidedAt: suspect.decidedAt,
    createdAt: suspect.createdAt,
    left: compared(suspect.left),
    right: compared(suspect.right),
    fields: joinFields(readAttributes(suspect.left.attributes), readAttributes(suspect.right.attributes), explanation),
    prior: explanation?.prior ?? null,
  };
}
