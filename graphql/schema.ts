import { builder } from "./builder";
import "@/graphql/types/Query";
import "@/graphql/types/CustomerAttributes";
import "@/graphql/types/LineageEntry";
import "@/graphql/types/GoldenRecord";
import "@/graphql/types/GoldenRecordVersion";
import "@/graphql/types/SourceRecord";
import "@/graphql/types/DuplicateSuspect";

/** The executable schema: importing every type file registers it with the builder before it is built. */
export const schema = builder.toSchema();
