import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { prisma } from "@/src/db";
import { assignSuspect } from "@/src/stewardship/assign-suspect";
import { deferSuspect } from "@/src/stewardship/defer-suspect";
import { releaseSuspect } from "@/src/stewardship/release-suspect";
import { id } from "./steward-args";

builder.mutationFields((t) => ({
  assignSuspect: t.prismaField({
    type: "DuplicateSuspect",
    authScopes: { "suspects.assign": true },
    description: "Takes an open suspect (no `assigneeId`: a signed-in steward takes it) or hands it to a steward, so two stewards do not review the same pair. Taking one over from someone else is allowed. An API token must name the steward.",
    args: { suspectId: t.arg.id({ required: true }), assigneeId: t.arg.id({ required: false, description: "The user to hand it to: an enabled steward, approver or admin." }) },
    resolve: async (query, _root, args, { principal }) => {
      const a = parseArgs(z.object({ suspectId: id, assigneeId: id.nullish() }), args);
      await assignSuspect({ suspectId: a.suspectId, assigneeId: a.assigneeId ?? undefined, principal: principal! });
      return prisma.duplicateSuspect.findUniqueOrThrow({ ...query, where: { id: a.suspectId } });
    },
  }),
  releaseSuspect: t.prismaField({
    type: "DuplicateSuspect",
    authScopes: { "suspects.assign": true },
    description: "Gives an open suspect back to the queue so someone else can take it; releasing one nobody has changes nothing.",
    args: { suspectId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, { principal }) => {
      const { suspectId } = parseArgs(z.object({ suspectId: id }), args);
      await releaseSuspect({ suspectId, principal: principal! });
      return prisma.duplicateSuspect.findUniqueOrThrow({ ...query, where: { id: suspectId } });
    },
  }),
  deferSuspect: t.prismaField({
    type: "DuplicateSuspect",
    authScopes: { "suspects.assign": true },
    description: "Puts an open suspect off until a time (at most a year ahead), out of the stewards' queue until then; `until: null` brings it back at once.",
    args: {
      suspectId: t.arg.id({ required: true }),
      until: t.arg({ type: "DateTime", required: false }),
      reason: t.arg.string({ required: false, description: "Why, for the audit log." }),
    },
    resolve: async (query, _root, args, { principal }) => {
      const a = parseArgs(z.object({ suspectId: id, until: z.date().nullish(), reason: z.string().trim().max(500).nullish() }), args);
      await deferSuspect({ suspectId: a.suspectId, until: a.until ?? null, reason: a.reason ?? undefined, principal: principal! });
      return prisma.duplicateSuspect.findUniqueOrThrow({ ...query, where: { id: a.suspectId } });
    },
  }),
}));
