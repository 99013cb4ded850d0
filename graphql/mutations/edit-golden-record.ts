import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { AttributeNameRef, AttributeValueInputRef } from "@/graphql/types/AttributeValueInput";
import { stewardResult, StewardActionResultRef } from "@/graphql/types/StewardActionResult";
import { attributeNames } from "@/src/golden/attributes";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { attributeValues, id, reason, toMap } from "./steward-args";

const editArgs = z.object({
  id,
  expectedVersion: z.number().int().nullish(),
  set: attributeValues,
  clear: z.array(z.enum(attributeNames)).max(attributeNames.length).nullish(),
  reason,
});

builder.mutationFields((t) => ({
  editGoldenRecord: t.field({
    type: StewardActionResultRef,
    authScopes: { "records.edit": true },
    description: "Corrects golden values as steward overrides, which win over source updates until cleared (`clear`).",
    args: {
      id: t.arg.id({ required: true }),
      expectedVersion: t.arg.int({ required: false, description: "The version the caller saw; a record changed since is a CONFLICT." }),
      set: t.arg({ type: [AttributeValueInputRef], required: false }),
      clear: t.arg({ type: [AttributeNameRef], required: false }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(editArgs, args);
      const submitted = await submitStewardAction(principal!, {
        kind: "edit",
        goldenRecordId: a.id,
        expectedVersion: a.expectedVersion ?? undefined,
        set: toMap(a.set),
        clear: a.clear ?? [],
        reason: a.reason,
      });
      return stewardResult(submitted, () => a.id);
    },
  }),
}));
