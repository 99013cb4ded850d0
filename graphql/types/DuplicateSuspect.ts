import { SuspectStatus } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { builder } from "@/graphql/builder";

const SuspectStatusRef = builder.enumType(SuspectStatus, {
  name: "SuspectStatus",
  description: "OPEN suspects wait for a data steward; the others record the steward's decision.",
});

builder.prismaObject("DuplicateSuspect", {
  description: "Two golden records that may be one customer, scored too low to merge automatically.",
  fields: (t) => ({
    id: t.exposeID("id"),
    left: t.relation("left"),
    right: t.relation("right"),
    score: t.exposeFloat("score", { description: "Match score from 0 to 1." }),
    explanation: t.expose("explanation", { type: "JSON", description: "Per-field comparison that produced the score." }),
    status: t.expose("status", { type: SuspectStatusRef }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function suspectFilter(status: SuspectStatus | null | undefined) {
  return status ? { status } : {};
}

builder.queryFields((t) => ({
  duplicateSuspects: t.prismaConnection(
    {
      type: "DuplicateSuspect",
      cursor: "id",
      maxSize: 100,
      description: "Duplicate suspects, highest score first. At most 100 per page.",
      args: { status: t.arg({ type: SuspectStatusRef, defaultValue: "OPEN", description: "null lists every status." }) },
      totalCount: (_connection, args) => prisma.duplicateSuspect.count({ where: suspectFilter(args.status) }),
      resolve: (query, _root, args) =>
        prisma.duplicateSuspect.findMany({ ...query, where: suspectFilter(args.status), orderBy: [{ score: "desc" }, { id: "asc" }] }),
    },
    { name: "DuplicateSuspectConnection" },
    { name: "DuplicateSuspectEdge" },
  ),
}));
