import { builder } from "@/graphql/builder";
import { CHANGES_PAGE_MAX, listChanges, type ChangeFeedEvent, type ChangeFeedPage } from "@/src/distribution/list-changes";

const ChangeEventRef = builder.objectRef<ChangeFeedEvent>("ChangeEvent").implement({
  description: "One change to a golden record, exactly as webhooks deliver it.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The event id; webhooks send it as `webhook-id`, so pulled and pushed copies can be told apart from new events." }),
    type: t.exposeString("type", { description: "golden.created, golden.updated, golden.merged or golden.unmerged." }),
    sequence: t.exposeFloat("sequence", { description: "The event's global sequence, as in webhook payloads; one record's events rise with its versions." }),
    goldenRecordId: t.exposeID("goldenRecordId"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    data: t.expose("data", { type: "JSON", description: "The webhook payload's `data`: the golden record as it stood after the change, the changed attributes, why it changed." }),
  }),
});

const ChangeFeedRef = builder.objectRef<ChangeFeedPage>("ChangeFeed").implement({
  description: "A page of the change feed. Keep `endCursor` and pass it as `after` to read on; it is returned even for an empty page.",
  fields: (t) => ({
    events: t.field({ type: [ChangeEventRef], resolve: (p) => p.events }),
    endCursor: t.exposeString("endCursor", { nullable: true, description: "Null only before the first event exists." }),
    hasNextPage: t.exposeBoolean("hasNextPage"),
  }),
});

builder.queryFields((t) => ({
  changes: t.field({
    type: ChangeFeedRef,
    authScopes: { "records.read": true },
    description: `The change feed: every golden-record event in the order it was committed, resumable from a cursor. At most ${CHANGES_PAGE_MAX} per page (default 100).`,
    args: {
      after: t.arg.string({ required: false, description: "An endCursor from an earlier page; omit to read from the start." }),
      first: t.arg.int({ required: false }),
      types: t.arg.stringList({ required: false, description: "Only these event types." }),
    },
    resolve: (_root, args) => listChanges(args),
  }),
}));
