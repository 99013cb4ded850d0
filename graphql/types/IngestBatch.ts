import { z } from "zod";
import { IngestBatchStatus } from "@/prisma/generated/client";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { AppError } from "@/src/errors";
import { getBatchStatus } from "@/src/ingest/get-batch-status";

export type IngestBatchShape = Awaited<ReturnType<typeof getBatchStatus>>;

export const IngestBatchStatusRef = builder.enumType(IngestBatchStatus, {
  name: "IngestBatchStatus",
  description: "PENDING: stored, waiting to be matched; PROCESSING: being matched; DONE: every record matched or stored; FAILED: see error.",
});

/** A pushed batch's progress and outcome counts, as `GET /api/batches/{id}` reports them. */
export const IngestBatchRef = builder.objectRef<IngestBatchShape>("IngestBatch").implement({
  description: "A batch of records a source pushed: its progress and what became of its records.",
  fields: (t) => ({
    id: t.exposeID("id"),
    source: t.exposeString("source", { description: "The key of the source it was pushed to." }),
    status: t.field({ type: IngestBatchStatusRef, resolve: (b) => b.status }),
    total: t.exposeInt("total", { description: "Records accepted for matching." }),
    processed: t.exposeInt("processed"),
    created: t.exposeInt("created", { description: "Records that became new golden records." }),
    linked: t.exposeInt("linked", { description: "Records linked to an existing golden record." }),
    suspects: t.exposeInt("suspects", { description: "Records sent to review: each got a golden record of its own and one or more suspect pairs." }),
    updated: t.exposeInt("updated"),
    unchanged: t.exposeInt("unchanged"),
    stale: t.exposeInt("stale", { description: "Records older (by their updatedAt) than the version already stored: recorded, never applied." }),
    rejected: t.exposeInt("rejected", { description: "Records quarantined for invalid values." }),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryFields((t) => ({
  ingestBatch: t.field({
    type: IngestBatchRef,
    nullable: true,
    description: "A pushed batch by the id pushSourceRecords returned, to wait for its records to be matched. Null when there is no such batch, or it belongs to a source the token is not bound to.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const { id } = parseArgs(z.object({ id: z.string().trim().min(1).max(128) }), args);
      try {
        return await getBatchStatus({ batchId: id, principal: principal! });
      } catch (error) {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }
    },
  }),
}));
