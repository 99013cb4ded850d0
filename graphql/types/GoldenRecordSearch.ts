import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { prisma } from "@/src/db";
import { SEARCH_MAX, searchGoldenRecords, type GoldenSearchHit } from "@/src/golden/search-golden-records";

const SearchFieldRef = builder.enumType("GoldenRecordSearchField", {
  description: "What a search matched: a name (golden or any source's), an email (exactly, or the same mailbox at another provider), a phone number.",
  values: ["NAME", "EMAIL", "PHONE"] as const,
});

const SearchHitRef = builder.objectRef<GoldenSearchHit>("GoldenRecordSearchHit").implement({
  description: "One golden record a search found, and how well it matched.",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "0 to 1, higher is closer: a name's trigram similarity, 1 for an exact email or phone, 0.9 for the same mailbox at another provider." }),
    matchedOn: t.field({ type: [SearchFieldRef], resolve: (hit) => hit.matchedOn }),
    // Resolved one by one, yet Prisma batches the findUniques of one tick into one statement: a page costs one query.
    goldenRecord: t.prismaField({
      type: "GoldenRecord",
      resolve: (query, hit) => prisma.goldenRecord.findUniqueOrThrow({ ...query, where: { id: hit.goldenRecordId } }),
    }),
  }),
});

const searchArgs = z.object({
  query: z.string().trim().min(2, "give at least 2 characters").max(200),
  first: z.number().int().min(1).max(SEARCH_MAX, `at most ${SEARCH_MAX}`).nullish(),
});

builder.queryFields((t) => ({
  searchGoldenRecords: t.field({
    type: [SearchHitRef],
    description: `Fuzzy search of active golden records by name (typos, word order and accents forgiven, source records' names included), email or phone, best match first. At most ${SEARCH_MAX} hits (default 10); refine the query for more.`,
    args: {
      query: t.arg.string({ required: true, description: "A name or part of one, an email address, or a phone number in any common format." }),
      first: t.arg.int({ required: false, defaultValue: 10 }),
    },
    resolve: (_root, args) => {
      const { query, first } = parseArgs(searchArgs, args);
      return searchGoldenRecords({ query, first: first ?? 10 });
    },
  }),
}));
