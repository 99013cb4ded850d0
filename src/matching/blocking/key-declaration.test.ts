import { randomBytes, randomInt } from "node:crypto";
import { systemPrincipal } from "@/src/auth/principal";
import { describe, expect, it } from "vitest";
import { sql } from "@/src/db";
import { ingestChunk } from "@/src/ingest/ingest-chunk";
import { defaultModel } from "@/src/matching/model/default-model";
import { standardizeRecord } from "@/src/standardize/record";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { BlockingIndex } from "./blocking-index";
import { blockingKeysOf, keyColumns, type BlockingKeys } from "./blocking-keys";
import { findCandidatesByKeys } from "./find-candidates";
import { rekeySourceRecords } from "./rekey-source-records";

/** Thresholds no pair reaches, so every record stays its own golden record and only blocking is under test. */
const apart = { model: defaultModel, thresholds: { person: { auto: 2, review: 2, sameSource: 2 }, organization: { auto: 2, review: 2, sameSource: 2 } } };

/** Letters only, so each word of the name has a sound; random, so no other test's record shares a key with it. */
function word() {
  const w = [...randomBytes(4)].map((b) => "bdfgklmnprstvz"[b % 14] + "aeiou"[(b >> 4) % 5]).join("");
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * A customer with something for every key. A key added to the declaration
 * that this record gives no value fails the first test by name: extend the
 * record, and every test below covers the new key.
 */
function everyKeyRecord() {
  const t = unique();
  return {
    firstName: word(),
    lastName: word(),
    email: `${word().toLowerCase()}.${t}@example.de`,
    phone: `+4930${randomInt(10_000_000, 99_999_999)}`,
    nationalId: `N${t}`,
    taxId: `DE${t}`,
    dateOfBirth: `19${randomInt(10, 99)}-0${randomInt(1, 10)}-${randomInt(10, 29)}`,
    postalCode: `P${t}`,
    street: "Sauer Burg",
    houseNumber: String(randomInt(1, 999)),
  };
}

const noKeys = Object.fromEntries(keyColumns.map((k) => [k, null])) as BlockingKeys;
/** Keys sharing one value with `keys` and nothing else, so only that key's branch can find a match. */
const onlyKey = (keys: BlockingKeys, column: keyof BlockingKeys): BlockingKeys => ({ ...noKeys, [column]: keys[column] });

async function storedKeys(id: string) {
  const [row] = await sql<BlockingKeys[]>`SELECT ${sql(keyColumns)} FROM "SourceRecord" WHERE id = ${id}`;
  return row;
}

/** For each declared key, whether a probe carrying that key alone finds the record. */
async function findableByEach(id: string, keys: BlockingKeys) {
  const found = await findCandidatesByKeys(keyColumns.map((k) => onlyKey(keys, k)));
  return Object.fromEntries(keyColumns.map((k, i) => [k, found[i].some((c) => c.sourceRecordId === id)]));
}
const allTrue = Object.fromEntries(keyColumns.map((k) => [k, true]));

describe("the blocking key declaration", () => {
  it("gives the record used below a value for every declared key", () => {
    const keys = blockingKeysOf(standardizeRecord(everyKeyRecord()));
    expect(Object.keys(keys).sort()).toEqual([...keyColumns].sort());
    expect(keyColumns.filter((k) => keys[k] === null)).toEqual([]);
  });

  it("blocks a chunk in memory by each declared key alone, and by nothing else", () => {
    const keys = blockingKeysOf(standardizeRecord(everyKeyRecord()));
    const index = new BlockingIndex<string>();
    index.add(keys, "stored");
    expect(Object.fromEntries(keyColumns.map((k) => [k, index.find(onlyKey(keys, k)).length === 1]))).toEqual(allTrue);
    expect(index.find(noKeys)).toEqual([]);
  });

  it("stores, updates and rekeys every declared key, and the candidate lookup finds a record by each alone", async () => {
    const { source } = await sourceWithToken();
    const first = everyKeyRecord();
    await ingestChunk({ source, records: [{ externalId: "K-1", attributes: first }], matching: apart, principal: systemPrincipal("test") });
    const [{ id }] = await sql<{ id: string }[]>`SELECT id FROM "SourceRecord" WHERE "sourceId" = ${source.id} AND "externalId" = 'K-1'`;
    const firstKeys = blockingKeysOf(standardizeRecord(first));
    expect(await storedKeys(id)).toEqual(firstKeys);
    expect(await findableByEach(id, firstKeys)).toEqual(allTrue);
    const [byNone] = await findCandidatesByKeys([noKeys]);
    expect(byNone.some((c) => c.sourceRecordId === id)).toBe(false);

    // Edited at the source: every key changes, and the old values find it no more.
    const edited = everyKeyRecord();
    await ingestChunk({ source, records: [{ externalId: "K-1", attributes: edited }], matching: apart, principal: systemPrincipal("test") });
    const editedKeys = blockingKeysOf(standardizeRecord(edited));
    expect(await storedKeys(id)).toEqual(editedKeys);
    expect(await findableByEach(id, editedKeys)).toEqual(allTrue);
    expect(Object.values(await findableByEach(id, firstKeys)).some(Boolean)).toBe(false);

    // As a release before every key existed left it.
    await sql`UPDATE "SourceRecord" SET ${sql(noKeys)} WHERE id = ${id}`;
    await sql`DELETE FROM "SourceRecordName" WHERE "sourceRecordId" = ${id}`;
    expect(Object.values(await findableByEach(id, editedKeys)).some(Boolean)).toBe(false);
    await rekeySourceRecords();
    expect(await storedKeys(id)).toEqual(editedKeys);
    expect(await findableByEach(id, editedKeys)).toEqual(allTrue);
  });
});
