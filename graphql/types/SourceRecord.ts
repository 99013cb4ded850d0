import { SourceRecordStatus } from "@/prisma/generated/client";
import { readAttributes } from "@/src/golden/read-golden-json";
import { builder } from "@/graphql/builder";
import { CustomerAttributesRef } from "./CustomerAttributes";

const SourceRecordStatusRef = builder.enumType(SourceRecordStatus, {
  name: "SourceRecordStatus",
  description: "DELETED means the source removed the record; it stays linked for history.",
});

builder.prismaObject("SourceRecord", {
  description: "One customer as one source knows it: the cross-reference (xref) between a source id and a golden record.",
  fields: (t) => ({
    id: t.exposeID("id"),
    source: t.string({
      description: "The key of the source system.",
      select: { source: { select: { key: true } } },
      resolve: (record) => record.source.key,
    }),
    externalId: t.exposeString("externalId", { description: "The record's id in the source system." }),
    status: t.expose("status", { type: SourceRecordStatusRef }),
    sourceUpdatedAt: t.expose("sourceUpdatedAt", { type: "DateTime", description: "When the source last changed it." }),
    attributes: t.field({
      type: CustomerAttributesRef,
      description: "The source's values after standardization.",
      select: { standardized: true },
      resolve: (record) => readAttributes(record.standardized),
    }),
  }),
});
