import { z } from "zod";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { IngestBatchRef, IngestBatchStatusRef, type IngestBatchShape } from "@/graphql/types/IngestBatch";
import { attributeNames } from "@/src/golden/attributes";
import { env } from "@/src/env";
import { AppError, type FieldIssue } from "@/src/errors";
import { acceptBatch, type AcceptedBatch } from "@/src/ingest/accept-batch";
import { getBatchStatus } from "@/src/ingest/get-batch-status";

const PushedAttributesInputRef = builder.inputType("PushedAttributesInput", {
  description: "A customer's values as the source holds them; leave out (or send null for) what the source does not know. Standardized and validated as REST pushes are.",
  fields: (t) => Object.fromEntries(attributeNames.map((name) => [name, t.string({ required: false })])),
});

const PushedRecordInputRef = builder.inputType("PushedRecordInput", {
  description: "One customer as a source pushes it: the same fields as a record of `POST /api/sources/{key}/records`.",
  fields: (t) => ({
    externalId: t.string({ required: true, description: "The record's id in the source (at most 200 characters)." }),
    updatedAt: t.string({ required: false, description: "When the source changed it, ISO 8601 with an offset; an older change than the one stored is recorded as stale, never applied." }),
    active: t.boolean({ required: false, description: "False when the source deleted, blocked or archived the record; omitted means true." }),
    attributes: t.field({ type: PushedAttributesInputRef, required: true }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One problem with one field of an input.",
  fields: (t) => ({ path: t.exposeString("path", { description: "The field, e.g. `attributes.email`." }), message: t.exposeString("message") }),
});

const RejectedRecordRef = builder.objectRef<AcceptedBatch["rejected"][number]>("RejectedPushedRecord").implement({
  description: "A pushed record that failed validation: quarantined with its reasons for a steward, while the rest of the batch goes on.",
  fields: (t) => ({
    index: t.exposeInt("index", { description: "Its position in `records`, from 0." }),
    externalId: t.exposeString("externalId", { nullable: true }),
    issues: t.field({ type: [FieldIssueRef], resolve: (r) => r.issues }),
  }),
});

type PushResult = AcceptedBatch & { batch: IngestBatchShape };

const PushResultRef = builder.objectRef<PushResult>("PushSourceRecordsResult").implement({
  description: "A stored batch: its records are matched in the background; follow them with `ingestBatch(id)`.",
  fields: (t) => ({
    batchId: t.exposeID("batchId"),
    status: t.field({ type: IngestBatchStatusRef, description: "PENDING while records wait to be matched; DONE at once when none was valid.", resolve: (r) => r.batch.status }),
    accepted: t.exposeInt("accepted", { description: "Records stored for matching." }),
    rejected: t.field({ type: [RejectedRecordRef], resolve: (r) => r.rejected }),
    batch: t.field({ type: IngestBatchRef, resolve: (r) => r.batch }),
  }),
});

const pushArgs = z.object({ source: z.string().trim().min(1).max(64), records: z.array(z.unknown()) });

/** What GraphQL sends for a value left out: null, which REST would refuse as not text. Nulls are dropped so both mean "unknown". */
function withoutNulls(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, withoutNulls(v)]])));
}

builder.mutationFields((t) => ({
  pushSourceRecords: t.field({
    type: PushResultRef,
    // Any caller signed in; whether it may push to this source is asked of the policy with the source, in acceptBatch.
    authScopes: { "records.read": true },
    // The limits are configuration: named here, not printed, so the committed schema is the same on every install.
    description:
      "Pushes a batch of a source's records, as `POST /api/sources/{key}/records` does, with the same validation and limits: at most INGEST_MAX_BATCH records (1,000 unless configured) and INGEST_MAX_BODY_BYTES bytes (5 MB unless configured); invalid records are quarantined and listed in `rejected`, the others stored for matching. Stewards and admins may push; a token bound to a source pushes to that source only. Send the records as a variable.",
    args: {
      source: t.arg.string({ required: true, description: "The key of the source the records come from." }),
      records: t.arg({ type: [PushedRecordInputRef], required: true }),
    },
    resolve: async (_root, args, { principal }) => {
      const { source, records } = parseArgs(pushArgs, args);
      const body = { records: records.map(withoutNulls) };
      if (Buffer.byteLength(JSON.stringify(body)) > env.INGEST_MAX_BODY_BYTES) {
        throw new AppError("PAYLOAD_TOO_LARGE", `records: the batch is larger than ${env.INGEST_MAX_BODY_BYTES} bytes; send smaller batches.`, [{ path: "records", message: "too large" }]);
      }
      const accepted = await acceptBatch({ sourceKey: source, principal: principal!, body });
      return { ...accepted, batch: await getBatchStatus({ batchId: accepted.batchId, principal: principal! }) };
    },
  }),
}));
