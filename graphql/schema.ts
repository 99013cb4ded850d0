import { builder } from "./builder";
import "./types/Query";
import "./types/CustomerAttributes";
import "./types/LineageEntry";
import "./types/GoldenRecord";
import "./types/GoldenRecordVersion";
import "./types/SourceRecord";
import "./types/DuplicateSuspect";

/** The executable schema: importing every type file registers it with the builder before it is built. */
export const schema = builder.toSchema();
