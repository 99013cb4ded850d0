import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { schemaSdl } from "./schema-sdl";

afterAll(closeDb);

it("matches the committed schema.graphql (run `npm run schema:print` after changing the schema)", () => {
  const committed = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
  expect(committed).toBe(schemaSdl());
});
