import { writeFileSync } from "node:fs";
import { closeDb } from "@/src/db";
import { schemaSdl } from "./schema-sdl";

// Writes graphql/schema.graphql, the contract downstream apps code against; a test fails when it is stale.
writeFileSync(new URL("./schema.graphql", import.meta.url), schemaSdl());
await closeDb();
console.log("Wrote graphql/schema.graphql");
