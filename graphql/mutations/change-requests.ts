import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { addComment, commentTargets } from "@/src/stewardship/comments";
import { approveChangeRequest, rejectChangeRequest } from "@/src/stewardship/change-requests/decide-change-request";
import { id, reason } from "./steward-args";

const CommentTargetRef = builder.enumType("CommentTarget", { values: commentTargets });

builder.mutationFields((t) => ({
  approveChangeRequest: t.boolean({
    authScopes: { "suspects.decide": true },
    description: "Approves someone else's change request (approvers and admins): the action runs as its requester.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ id, reason: z.string().trim().max(500).nullish() }), args);
      await approveChangeRequest({ requestId: a.id, principal: principal!, reason: a.reason ?? undefined });
      return true;
    },
  }),
  rejectChangeRequest: t.boolean({
    authScopes: { "suspects.decide": true },
    description: "Rejects someone else's change request, saying why.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ id, reason }), args);
      await rejectChangeRequest({ requestId: a.id, principal: principal!, reason: a.reason });
      return true;
    },
  }),
  addComment: t.boolean({
    authScopes: { "comments.write": true },
    description: "Comments on a suspect, golden record or change request.",
    args: { targetType: t.arg({ type: CommentTargetRef, required: true }), targetId: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: async (_root, args, { principal }) => {
      const a = parseArgs(z.object({ targetType: z.enum(commentTargets), targetId: id, body: z.string().max(5000) }), args);
      await addComment({ ...a, principal: principal! });
      return true;
    },
  }),
}));
