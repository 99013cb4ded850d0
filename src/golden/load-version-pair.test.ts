import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { AppError } from "@/src/errors";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { diffVersions } from "./diff-versions";
import { loadVersionPair } from "./load-version-pair";

const run = unique();
const viewer = userPrincipal("VIEWER", `user:viewer-${run}@diff.test`);
let goldenRecordId: string;
let sourceKey: string;

const customer = (street: string, city: string, updatedAt: string) => ({
  externalId: `diff-${run}`,
  updatedAt,
  attributes: { firstName: "Vera", lastName: `Versionen${run}`, email: `vera.${run}@example.com`, street, city },
});

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)));

beforeAll(async () => {
  sourceKey = (await sourceWithToken()).source.key;
  goldenRecordId = (await ingested(sourceKey, [customer("Lange Straße", "Hamburg", "2026-01-01T00:00:00Z")])).get(`diff-${run}`)!;
  await ingested(sourceKey, [customer("Lange Straße der Einheit", "Hamburg", "2026-01-02T00:00:00Z")]);
  await ingested(sourceKey, [customer("Lange Straße der Einheit", "Bremen", "2026-01-03T00:00:00Z")]);
});

afterAll(async () => {
  await closeDb();
});

describe("loadVersionPair", () => {
  it("reads two versions and the attributes that differ between them, with their lineage", async () => {
    const pair = await loadVersionPair({ principal: viewer, goldenRecordId, from: "1", to: "3" });
    expect(pair.from.version).toBe(1);
    expect(pair.to.version).toBe(3);
    expect(pair.changes.map((c) => [c.name, c.before, c.after])).toEqual([
      ["street", "Lange Straße", "Lange Straße der Einheit"],
      ["city", "Hamburg", "Bremen"],
    ]);
    expect(pair.changes[0]).toMatchObject({ valueChanged: true, sourceChanged: false, afterSource: { source: sourceKey, externalId: `diff-${run}` } });
  });

  it("compares in either direction", async () => {
    const pair = await loadVersionPair({ principal: viewer, goldenRecordId, from: 3, to: 2 });
    expect(pair.changes.map((c) => [c.name, c.before, c.after])).toEqual([["city", "Bremen", "Hamburg"]]);
  });

  it("says which version does not exist instead of failing", async () => {
    const missing = await failure(loadVersionPair({ principal: viewer, goldenRecordId, from: 2, to: 9 }));
    expect(missing?.code).toBe("NOT_FOUND");
    expect(missing?.message).toBe("Version 9 does not exist: this record has versions 1 to 3.");
    expect(missing?.issues).toEqual([{ path: "to", message: "version 9 does not exist" }]);
    expect((await failure(loadVersionPair({ principal: viewer, goldenRecordId: `nobody${run}`, from: 1, to: 2 })))?.code).toBe("NOT_FOUND");
  });

  it("names the field of a version number that is not one", async () => {
    const cases: [unknown, unknown, string][] = [
      ["abc", 2, "from"],
      [1, 1, "to"],
      [0, 2, "from"],
      [1, "2.5", "to"],
      [1, "99999999999", "to"],
    ];
    for (const [from, to, field] of cases) {
      const error = await failure(loadVersionPair({ principal: viewer, goldenRecordId, from, to }));
      expect(error?.code).toBe("VALIDATION_FAILED");
      expect(error?.issues[0].path).toBe(field);
      expect(error?.message.startsWith(`${field}:`)).toBe(true);
    }
  });
});

describe("diffVersions", () => {
  const entry = (source: string, externalId: string) => ({ sourceRecordId: `${source}-${externalId}`, source, externalId, updatedAt: "2026-01-01T00:00:00Z" });

  it("reports a value that stayed but came from another source, and ignores a resend's new time", () => {
    const changes = diffVersions(
      { attributes: { email: "a@example.com", city: "Köln" }, lineage: { email: entry("crm", "1"), city: entry("crm", "1") } },
      { attributes: { email: "a@example.com", city: "Köln" }, lineage: { email: entry("erp", "7"), city: { ...entry("crm", "1"), updatedAt: "2026-02-01T00:00:00Z" } } },
    );
    expect(changes).toEqual([{ name: "email", before: "a@example.com", after: "a@example.com", beforeSource: entry("crm", "1"), afterSource: entry("erp", "7"), valueChanged: false, sourceChanged: true }]);
  });

  it("reports values that appear and vanish", () => {
    const changes = diffVersions({ attributes: { phone: "+49 30 1234" }, lineage: {} }, { attributes: { city: "Bonn" }, lineage: {} });
    expect(changes.map((c) => [c.name, c.before, c.after])).toEqual([
      ["phone", "+49 30 1234", null],
      ["city", null, "Bonn"],
    ]);
  });
});
