import { prisma } from "@/src/db";

export type RejectionReason = { path: string; message: string };

export type RejectedRow = {
  id: string;
  sourceName: string;
  externalId: string | null;
  batchId: string | null;
  reasons: RejectionReason[];
  payload: unknown;
  createdAt: Date;
};

function readReasons(json: unknown): RejectionReason[] {
  if (!Array.isArray(json)) return [{ path: "(record)", message: String(json) }];
  return json.map((r) => {
    const o = (r && typeof r === "object" ? r : {}) as Record<string, unknown>;
    return { path: typeof o.path === "string" ? o.path : "(record)", message: typeof o.message === "string" ? o.message : JSON.stringify(r) };
  });
}

/** Records that failed validation, newest first, with the reasons a steward or source owner must fix. */
export async function listRejectedRecords(opts: { after?: string; take: number }): Promise<{ rows: RejectedRow[]; total: number; nextCursor: string | null }> {
  const [records, total] = await Promise.all([
    prisma.rejectedRecord.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.take + 1,
      ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
      include: { source: { select: { name: true } } },
    }),
    prisma.rejectedRecord.count(),
  ]);
  const rows = records.slice(0, opts.take).map((r) => ({
    id: r.id,
    sourceName: r.source.name,
    externalId: r.externalId,
    batchId: r.batchId,
    reasons: readReasons(r.reasons),
    payload: r.payload,
    createdAt: r.createdAt,
  }));
  return { rows, total, nextCursor: records.length > opts.take ? rows[rows.length - 1].id : null };
}
