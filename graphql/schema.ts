import { builder } from "./builder";
import "@/graphql/types/Query";
import "@/graphql/types/CustomerAttributes";
import "@/graphql/types/LineageEntry";
import "@/graphql/types/GoldenRecord";
import "@/graphql/types/GoldenRecordVersion";
import "@/graphql/types/SourceRecord";
import "@/graphql/types/DuplicateSuspect";
import "@/graphql/types/ChangeFeed";
import "@/graphql/types/Mutation";
import "@/graphql/mutations/merge-suspect";
import "@/graphql/mutations/edit-golden-record";
import "@/graphql/mutations/unmerge";
import "@/graphql/mutations/change-requests";
import "@/graphql/types/GoldenRecordSearch";
import "@/graphql/types/IngestBatch";
import "@/graphql/types/ApiToken";
import "@/graphql/mutations/push-source-records";
import "@/graphql/mutations/suspect-assignment";
import "@/graphql/mutations/api-tokens";

/** The executable schema: importing every type file registers it with the builder before it is built. */
export const schema = builder.toSchema();
