import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { AttributeValueInputRef } from "@/graphql/types/AttributeValueInput";
import { stewardResult, StewardActionResultRef } from "@/graphql/types/StewardActionResult";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import { attributeValues, id, toMap } from "./steward-args";

const VersionsInputRef = builder.inputType("SuspectVersionsInput", {
  description: "The versions of both records as the caller saw them; a record changed since makes the merge a CONFLICT.",
  fields: (t) => ({ left: t.int({ required: true }), right: t.int({ required: true }) }),
});

const mergeArgs = z.object({
  suspectId: id,
  picks: attributeValues,
  expectedVersions: z.object({ left: z.number().int(), right: z.number().int() }).nullish(),
});

builder.mutationFields((t) => ({
  mergeSuspect: t.field({
    type: StewardActionResultRef,
    authScopes: { "suspects.decide": true },
    description: "Confirms a duplicate suspect: its two golden records become one. `picks` choose surviving values, kept as steward overrides.",
    args: {
      suspectId: t.arg.id({ required: true }),
      picks: t.arg({ type: [AttributeValueInputRef], required: false }),
      expectedVersions: t.arg({ type: VersionsInputRef, required: false }),
    },
    resolve: async (_root, args, { principal }) => {
      const { suspectId, picks, expectedVersions } = parseArgs(mergeArgs, args);
      const chosen = Object.fromEntries(Object.entries(toMap(picks)).filter((e): e is [string, string] => e[1] !== null));
      const submitted = await submitStewardAction(principal!, { kind: "merge", suspectId, picks: chosen, expectedVersions: expectedVersions ?? undefined });
      return stewardResult(submitted, (done) => done.survivorId);
    },
  }),
  markNotDuplicate: t.boolean({
    authScopes: { "suspects.decide": true },
    description: "Rules a duplicate suspect out; the pair is never proposed again.",
    args: { suspectId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      await markNotDuplicate({ suspectId: parseArgs(z.object({ suspectId: id }), args).suspectId, principal: principal! });
      return true;
    },
  }),
}));
