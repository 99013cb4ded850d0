import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { stewardResult, StewardActionResultRef } from "@/graphql/types/StewardActionResult";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { id, reason } from "./steward-args";

const splitArgs = z.object({ goldenRecordId: id, sourceRecordIds: z.array(id).min(1).max(100), reason, expectedVersion: z.number().int().nullish(), rememberNotDuplicate: z.boolean().nullish() });
const undoArgs = z.object({ mergeId: id, reason, rememberNotDuplicate: z.boolean().nullish() });

builder.mutationFields((t) => ({
  splitSourceRecords: t.field({
    type: StewardActionResultRef,
    authScopes: { "records.unmerge": true },
    description: "Moves wrongly linked source records into a new golden record (returned); the pair is remembered as not a duplicate unless `rememberNotDuplicate` is false.",
    args: {
      goldenRecordId: t.arg.id({ required: true }),
      sourceRecordIds: t.arg.idList({ required: true }),
      reason: t.arg.string({ required: true }),
      expectedVersion: t.arg.int({ required: false }),
      rememberNotDuplicate: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(splitArgs, args);
      const submitted = await submitStewardAction(principal!, {
        kind: "split",
        goldenRecordId: a.goldenRecordId,
        sourceRecordIds: a.sourceRecordIds,
        reason: a.reason,
        expectedVersion: a.expectedVersion ?? undefined,
        rememberNotDuplicate: a.rememberNotDuplicate ?? undefined,
      });
      return stewardResult(submitted, (done) => done.newId);
    },
  }),
  undoMerge: t.field({
    type: StewardActionResultRef,
    authScopes: { "records.unmerge": true },
    description: "Undoes a logged merge: the merged-away record (returned) stands again under its own id.",
    args: { mergeId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }), rememberNotDuplicate: t.arg.boolean({ required: false }) },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(undoArgs, args);
      const submitted = await submitStewardAction(principal!, { kind: "undo-merge", mergeId: a.mergeId, reason: a.reason, rememberNotDuplicate: a.rememberNotDuplicate ?? undefined });
      return stewardResult(submitted, (done) => done.restoredId);
    },
  }),
}));
