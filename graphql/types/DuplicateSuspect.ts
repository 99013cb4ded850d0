import { z } from "zod";
import { SuspectStatus } from "@/prisma/generated/client";
import { prisma, Prisma } from "@/src/db";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";

const SUSPECTS_MAX = 100;

const SuspectStatusRef = builder.enumType(SuspectStatus, {
  name: "SuspectStatus",
  description: "OPEN suspects wait for a data steward; the others record the steward's decision.",
});

const EntityTypeRef = builder.enumType("EntityType", {
  description: "A record names an ORGANIZATION when it has an organization name and no person's name; otherwise a PERSON.",
  values: ["PERSON", "ORGANIZATION"] as const,
});

type Assignee = { id: string; name: string };

const SuspectAssigneeRef = builder.objectRef<Assignee>("SuspectAssignee").implement({
  description: "The steward working a suspect.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
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
    assignee: t.field({
      type: SuspectAssigneeRef,
      nullable: true,
      description: "Who has taken the suspect; null while it waits in the queue.",
      select: { assignee: { select: { id: true, name: true } } },
      resolve: (s) => s.assignee,
    }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true }),
    deferredUntil: t.expose("deferredUntil", { type: "DateTime", nullable: true, description: "Put off until then: the stewards' queue leaves it out until that time." }),
  }),
});

const DuplicateSuspectFilterRef = builder.inputType("DuplicateSuspectFilter", {
  description: "Which suspects to list; every condition given must hold.",
  fields: (t) => ({
    status: t.field({ type: SuspectStatusRef, required: false, description: "Omitted: OPEN. Null: every status. Wins over the deprecated `status` argument." }),
    minScore: t.float({ required: false, description: "Score at least this (0 to 1)." }),
    maxScore: t.float({ required: false, description: "Score at most this (0 to 1)." }),
    assigneeId: t.id({ required: false, description: "Only suspects this user has taken." }),
    unassigned: t.boolean({ required: false, description: "True: only suspects nobody has taken; false: only taken ones." }),
    entityType: t.field({ type: EntityTypeRef, required: false, description: "The entity type of the pair (of its left record)." }),
    deferred: t.boolean({ required: false, description: "True: only suspects put off into the future; false: only those not (or no longer) put off. Omitted: both." }),
  }),
});

const score = z.number().min(0, "must be at least 0").max(1, "must be at most 1").nullish();
const status = z.enum(SuspectStatus).nullish();
const suspectArgs = z.object({
  status,
  filter: z
    .object({
      status,
      minScore: score,
      maxScore: score,
      assigneeId: z.string().trim().min(1).max(128).nullish(),
      unassigned: z.boolean().nullish(),
      entityType: z.enum(["PERSON", "ORGANIZATION"]).nullish(),
      deferred: z.boolean().nullish(),
    })
    .refine((f) => f.minScore == null || f.maxScore == null || f.minScore <= f.maxScore, { path: ["minScore"], message: "must not exceed maxScore" })
    .nullish(),
});

const present = (attribute: string): Prisma.GoldenRecordWhereInput => ({ attributes: { path: [attribute], not: Prisma.AnyNull } });
const absent = (attribute: string): Prisma.GoldenRecordWhereInput => ({ attributes: { path: [attribute], equals: Prisma.AnyNull } });
/** `entityTypeOf` (src/matching/model/thresholds.ts) as a filter: an organization name and no person's name. */
const organization: Prisma.GoldenRecordWhereInput = { AND: [present("organizationName"), absent("firstName"), absent("lastName")] };
const person: Prisma.GoldenRecordWhereInput = { OR: [absent("organizationName"), present("firstName"), present("lastName")] };

/** The Prisma filter of duplicateSuspects' arguments; status is OPEN unless asked otherwise (`filter.status` wins). */
function suspectWhere(args: unknown, now = new Date()): Prisma.DuplicateSuspectWhereInput {
  const a = parseArgs(suspectArgs, args);
  const f = a.filter ?? {};
  const wanted = a.filter && "status" in a.filter ? f.status : a.status;
  const scoreRange = { ...(f.minScore != null ? { gte: f.minScore } : {}), ...(f.maxScore != null ? { lte: f.maxScore } : {}) };
  const conditions: Prisma.DuplicateSuspectWhereInput[] = [
    ...(wanted ? [{ status: wanted }] : []),
    ...(Object.keys(scoreRange).length ? [{ score: scoreRange }] : []),
    ...(f.assigneeId ? [{ assigneeId: f.assigneeId }] : []),
    ...(f.unassigned != null ? [{ assigneeId: f.unassigned ? null : { not: null } }] : []),
    ...(f.entityType ? [{ left: f.entityType === "ORGANIZATION" ? organization : person }] : []),
    ...(f.deferred === true ? [{ deferredUntil: { gt: now } }] : []),
    ...(f.deferred === false ? [{ OR: [{ deferredUntil: null }, { deferredUntil: { lte: now } }] }] : []),
  ];
  return { AND: conditions };
}

builder.queryFields((t) => ({
  duplicateSuspects: t.prismaConnection(
    {
      type: "DuplicateSuspect",
      cursor: "id",
      maxSize: SUSPECTS_MAX,
      description: `Duplicate suspects, highest score first, filtered. At most ${SUSPECTS_MAX} per page: a larger \`first\` is cut to ${SUSPECTS_MAX}.`,
      args: {
        filter: t.arg({ type: DuplicateSuspectFilterRef, required: false }),
        status: t.arg({ type: SuspectStatusRef, defaultValue: "OPEN", description: "null lists every status; `filter.status` wins when given.", deprecationReason: "Use filter.status." }),
      },
      totalCount: (_connection, args) => prisma.duplicateSuspect.count({ where: suspectWhere(args) }),
      resolve: (query, _root, args) => prisma.duplicateSuspect.findMany({ ...query, where: suspectWhere(args), orderBy: [{ score: "desc" }, { id: "asc" }] }),
    },
    { name: "DuplicateSuspectConnection" },
    { name: "DuplicateSuspectEdge" },
  ),
}));
