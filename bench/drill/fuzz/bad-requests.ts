/** A whole request that is wrong: what the hub must refuse with a 4xx and a JSON body, never a 500. */
export type BadRequest = { kind: string; path: string; body: BodyInit; contentType?: string; auth?: "none" | "bad" };

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** Every kind of malformed request to the REST API, each with a tag so repeats differ. */
export function badRestRequests(sourceKey: string): ((n: number) => BadRequest)[] {
  const path = `/api/sources/${sourceKey}/records`;
  return [
    () => ({ kind: "not JSON", path, body: "{records: [" }),
    () => ({ kind: "JSON not an object", path, body: "[1,2,3]" }),
    () => ({ kind: "records not a list", path, body: JSON.stringify({ records: { a: 1 } }) }),
    () => ({ kind: "no records", path, body: JSON.stringify({ records: [] }) }),
    () => ({ kind: "unknown top-level field", path, body: JSON.stringify({ records: [], drop: true }) }),
    () => ({ kind: "100k-deep JSON", path, body: `{"records":${deep(100_000)}}` }),
    () => ({ kind: "deep attributes", path, body: `{"records":[{"externalId":"d","attributes":{"city":${deep(5000)}}}]}` }),
    () => ({ kind: "body over the size limit", path, body: JSON.stringify({ records: [{ externalId: "big", attributes: { city: "x".repeat(6_000_000) } }] }) }),
    () => ({ kind: "too many records", path, body: JSON.stringify({ records: Array.from({ length: 5000 }, (_, i) => ({ externalId: `m${i}`, attributes: {} })) }) }),
    () => ({ kind: "invalid UTF-8", path, body: new Uint8Array([...Buffer.from('{"records":[{"externalId":"u","attributes":{"city":"'), 0xff, 0xfe, 0xc3, ...Buffer.from('"}}]}')]) }),
    () => ({ kind: "wrong content type", path, body: "records=1", contentType: "application/x-www-form-urlencoded" }),
    () => ({ kind: "no token", path, body: JSON.stringify({ records: [] }), auth: "none" }),
    () => ({ kind: "bad token", path, body: JSON.stringify({ records: [] }), auth: "bad" }),
    () => ({ kind: "traversal in source key", path: "/api/sources/..%2F..%2Fetc%2Fpasswd/records", body: JSON.stringify({ records: [] }) }),
    (n) => ({ kind: "unknown source", path: `/api/sources/nope-${n}/records`, body: JSON.stringify({ records: [] }) }),
    () => ({ kind: "NUL in source key", path: "/api/sources/a%00b/records", body: JSON.stringify({ records: [{ externalId: "n", attributes: {} }] }) }),
    () => ({ kind: "lone surrogate in source key", path: "/api/sources/%ED%A0%80/records", body: JSON.stringify({ records: [{ externalId: "s", attributes: {} }] }) }),
    (n) => ({ kind: "batch status of garbage id", path: `/api/batches/%00${n}'--`, body: "" }),
  ];
}

/** Every kind of malformed or abusive GraphQL request. */
export function badGraphqlRequests(): ((n: number) => BadRequest)[] {
  const path = "/api/graphql";
  const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  const nested = (depth: number) => `{ goldenRecords(first: 1) { edges { node { ${"survivor { ".repeat(depth)}id${" }".repeat(depth)} } } } }`;
  return [
    () => ({ kind: "syntax error", path, body: q("{ goldenRecords(") }),
    () => ({ kind: "unknown field", path, body: q("{ passwords { hash } }") }),
    () => ({ kind: "wrong variable type", path, body: q("query($n: Int) { goldenRecords(first: $n) { totalCount } }", { n: "ten" }) }),
    () => ({ kind: "NUL in a variable", path, body: q("query($s: String) { goldenRecords(first: 1, search: $s) { totalCount } }", { s: "a\u0000b" }) }),
    () => ({ kind: "NUL in an id", path, body: q("query($id: ID!) { goldenRecord(id: $id) { id } }", { id: "a\u0000b" }) }),
    () => ({ kind: "lone surrogate in a variable", path, body: q("query($s: String) { goldenRecords(first: 1, search: $s) { totalCount } }", { s: "\ud800" }) }),
    () => ({ kind: "survivor nested 1,000 deep", path, body: q(nested(1000)) }),
    () => ({ kind: "200 aliases", path, body: q(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: goldenRecords(first: 100) { totalCount }`).join(" ")} }`) }),
    () => ({ kind: "huge first", path, body: q("{ goldenRecords(first: 100000000) { totalCount } }") }),
    () => ({ kind: "not JSON", path, body: "{query" }),
    () => ({ kind: "query not a string", path, body: JSON.stringify({ query: { a: 1 } }) }),
    () => ({ kind: "deep JSON variables", path, body: `{"query":"{ __typename }","variables":{"v":${deep(100_000)}}}` }),
  ];
}
