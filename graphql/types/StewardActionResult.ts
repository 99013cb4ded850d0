import { builder } from "@/graphql/builder";
import { prisma } from "@/src/db";
import type { Submitted } from "@/src/stewardship/change-requests/submit-steward-action";

export type StewardActionResultShape = { outcome: "DONE" | "REQUESTED"; changeRequestId: string | null; goldenRecordId: string | null };

const OutcomeRef = builder.enumType("StewardActionOutcome", {
  description: "DONE: the change is committed. REQUESTED: an admin put this action under four-eyes approval; it waits as a change request.",
  values: ["DONE", "REQUESTED"] as const,
});

/** What a steward mutation did: committed at once, or kept for an approver. */
export const StewardActionResultRef = builder.objectRef<StewardActionResultShape>("StewardActionResult").implement({
  fields: (t) => ({
    outcome: t.field({ type: OutcomeRef, resolve: (r) => r.outcome }),
    changeRequestId: t.exposeString("changeRequestId", { nullable: true, description: "Set when the action waits for approval." }),
    goldenRecord: t.prismaField({
      type: "GoldenRecord",
      nullable: true,
      description: "The golden record as it stands after a DONE action (the survivor of a merge, the new record of a split).",
      resolve: (query, r) => (r.goldenRecordId ? prisma.goldenRecord.findUnique({ ...query, where: { id: r.goldenRecordId } }) : null),
    }),
  }),
});

/** A submitted action as the result type; `recordOf` picks the golden record to return from what the action did. */
export function stewardResult(submitted: Submitted, recordOf: (done: Record<string, unknown>) => unknown): StewardActionResultShape {
  if ("requested" in submitted) return { outcome: "REQUESTED", changeRequestId: submitted.requested.id, goldenRecordId: null };
  const id = recordOf(submitted.done);
  return { outcome: "DONE", changeRequestId: null, goldenRecordId: typeof id === "string" ? id : null };
}
