import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoSalesforceSourceConfig } from "@/src/demo/salesforce/demo-source-config";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { applySalesforceUpdate, type SalesforceChange } from "./change-events";
import { REPLAY_ALL_RETAINED, REPLAY_NEW_ONLY, subscribeToChangeEvents, type ChangeBatch, type ChangeSubscription } from "./change-events-subscriber";
import { connectSalesforce, type SalesforceSession } from "./connect-salesforce";
import { rereadSalesforceRecords } from "./reread-records";

let demo: DemoSalesforce;
let session: SalesforceSession;
const open: ChangeSubscription[] = [];

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 200, shared: 10, seed: 5, longPollMs: 1000 });
  session = connectSalesforce(demoSalesforceSourceConfig(demo.url));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(() => demo.close());

/** Subscribes and collects batches; `until` waits for the collected changes to satisfy a condition. */
async function listen(replayId: number, opts: { onBatch?: (b: ChangeBatch) => Promise<void>; onError?: (e: Error) => void } = {}) {
  const batches: ChangeBatch[] = [];
  const subscription = await subscribeToChangeEvents({
    session,
    replayId,
    onBatch: async (batch) => {
      await opts.onBatch?.(batch);
      batches.push(batch);
    },
    onError: opts.onError ?? ((err) => batches.push({ channel: "error", replayId: NaN, changes: [], error: err } as ChangeBatch)),
  });
  open.push(subscription);
  const changes = () => batches.flatMap((b) => b.changes);
  const until = async (done: (c: SalesforceChange[]) => boolean, ms = 8000) => {
    const deadline = Date.now() + ms;
    while (!done(changes())) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(changes().map((c) => [c.kind, c.entity]))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return changes();
  };
  return { subscription, batches, changes, until };
}

const accountIds = () => [...demo.org.records.Account.values()].filter((r) => !r.IsDeleted).map((r) => r.Id);
const contactIds = () => [...demo.org.records.Contact.values()].filter((r) => !r.IsDeleted).map((r) => r.Id);

describe("Change Data Capture through jsforce's streaming client", () => {
  it("turns creates, multi-record updates, deletes and undeletes into changes, updates as partials", async () => {
    const l = await listen(REPLAY_NEW_ONLY);
    const [a, b] = accountIds().filter((id) => demo.org.get("Account", id).IsPersonAccount === true);
    const person = demo.org.create("Account", { FirstName: "Ada", LastName: "Lovelace", IsPersonAccount: true, PersonEmail: "ada@example.org", PersonMailingCity: "London", PersonMailingCountry: "United Kingdom" });
    const contact = demo.org.create("Contact", { FirstName: "Alan", LastName: "Turing", Email: "alan@example.org", MailingCity: "Wilmslow" });
    demo.org.update("Account", [a, b], { Phone: "+44 20 7946 0000", PersonMailingCity: "Bath" });
    demo.org.delete("Contact", [contact.Id]);
    demo.org.undelete("Contact", contact.Id);
    const changes = await l.until((c) => c.length >= 5);

    expect(changes.map((c) => [c.kind, c.meta?.changeType])).toEqual([
      ["upsert", "CREATE"],
      ["upsert", "CREATE"],
      ["update", "UPDATE"],
      ["delete", "DELETE"],
      ["upsert", "UNDELETE"],
    ]);
    const [created, createdContact, update, removed, restored] = changes;
    expect(created).toMatchObject({ entity: "Account", records: [{ externalId: person.Id, active: true, attributes: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.org", city: "London", country: "United Kingdom" } }] });
    expect(createdContact).toMatchObject({ entity: "Contact", records: [{ externalId: contact.Id, attributes: { firstName: "Alan", lastName: "Turing", city: "Wilmslow" } }] });
    expect(removed).toMatchObject({ kind: "delete", entity: "Contact", ids: [contact.Id] });
    expect(restored).toMatchObject({ records: [{ externalId: contact.Id, active: true, attributes: { firstName: "Alan" } }] });

    if (update.kind !== "update") throw new Error("expected an update");
    expect(update.ids).toEqual([a, b]);
    expect(update.fields).toEqual({ Phone: "+44 20 7946 0000", PersonMailingCity: "Bath", LastModifiedDate: expect.any(String) });
    expect(update.meta).toMatchObject({ transactionKey: expect.any(String), commitNumber: expect.any(Number), sequenceNumber: 1, changeOrigin: expect.stringContaining("client=") });

    const { records } = await rereadSalesforceRecords({ session, entity: "Account", ids: [a] });
    const before = { ...(records[0].raw as Record<string, unknown>), Phone: "old", PersonMailingCity: "old" };
    const applied = applySalesforceUpdate(before, update);
    expect(applied.attributes).toMatchObject({ ...records[0].attributes, phone: "+44 20 7946 0000", city: "Bath" });
    expect(applied.updatedAt).toBe(update.meta.commitTimestamp);
    // The commit's milliseconds are dropped, as SystemModstamp drops them, so a re-read in the same second is not older.
    expect(update.meta.commitTimestamp).toMatch(/:\d\d\.000Z$/);
    expect(Date.parse(records[0].updatedAt)).toBeGreaterThanOrEqual(Date.parse(update.meta.commitTimestamp));
    expect(l.batches.at(-1)!.replayId).toBe(restored.meta!.replayId);
  });

  it("asks to re-read the ids of GAP events and to resync the entity on GAP_OVERFLOW", async () => {
    const l = await listen(REPLAY_NEW_ONLY);
    const ids = contactIds().slice(0, 3);
    demo.org.publishGap("Contact", "GAP_UPDATE", ids);
    demo.org.publishOverflow("Account");
    const [gap, overflow] = await l.until((c) => c.length >= 2);
    expect(gap).toMatchObject({ kind: "reread", entity: "Contact", ids, meta: { changeType: "GAP_UPDATE" } });
    expect(overflow).toMatchObject({ kind: "resync", entity: "Account", meta: { changeType: "GAP_OVERFLOW" } });
    if (gap.kind !== "reread") throw new Error("expected a reread");
    const reread = await rereadSalesforceRecords({ session, entity: gap.entity, ids: gap.ids });
    expect(reread.records.map((r) => r.externalId).sort()).toEqual([...ids].sort());
  });

  it("resumes after a restart from the stored replay id with only the later events", async () => {
    const first = await listen(REPLAY_NEW_ONLY);
    const [x, y, z] = accountIds();
    demo.org.update("Account", [x], { Phone: "+1 555 0100" });
    await first.until((c) => c.length >= 1);
    const stored = first.batches.at(-1)!.replayId;
    await first.subscription.close();

    demo.org.update("Account", [y], { Phone: "+1 555 0101" });
    demo.org.update("Account", [z], { Phone: "+1 555 0102" });
    const second = await listen(stored);
    const changes = await second.until((c) => c.length >= 2);
    expect(changes.map((c) => (c.kind === "update" ? c.ids : []))).toEqual([[y], [z]]);
  });

  it("falls back to every retained event, after a resync signal, when the stored replay id is too old", async () => {
    const first = await listen(REPLAY_NEW_ONLY);
    const [x, y] = contactIds();
    demo.org.update("Contact", [x], { Phone: "+49 30 1234" });
    await first.until((c) => c.length >= 1);
    const stored = first.batches.at(-1)!.replayId;
    await first.subscription.close();

    demo.org.update("Contact", [x], { Phone: "+49 30 5678" });
    demo.org.forgetRetainedEvents();
    demo.org.update("Contact", [y], { Phone: "+49 30 9999" });
    const second = await listen(stored);
    const changes = await second.until((c) => c.length >= 3);
    expect(second.batches[0]).toMatchObject({ replayId: REPLAY_ALL_RETAINED });
    expect(changes.map((c) => [c.kind, c.entity])).toEqual([
      ["resync", "Account"],
      ["resync", "Contact"],
      ["update", "Contact"],
    ]);
    expect(changes[2]).toMatchObject({ ids: [y] });
  });

  it("replays what it missed when the server drops the client and makes it handshake again", async () => {
    const l = await listen(REPLAY_NEW_ONLY);
    const [x, y] = accountIds();
    demo.org.update("Account", [x], { Phone: "+1 555 0200" });
    await l.until((c) => c.length >= 1);
    demo.dropStreamingClients();
    demo.org.update("Account", [y], { Phone: "+1 555 0201" });
    const changes = await l.until((c) => c.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(l.changes().map((c) => (c.kind === "update" ? c.ids[0] : c.kind))).toEqual([x, y]);
    expect(changes).toHaveLength(2);
  });

  it("refreshes an expired session for the streaming API and resumes from the last delivered batch", async () => {
    const l = await listen(REPLAY_NEW_ONLY);
    const [x, y] = contactIds();
    demo.org.update("Contact", [x], { Phone: "+44 161 000" });
    await l.until((c) => c.length >= 1);
    const issued = demo.sessions.issuedCount;
    demo.expireSessions();
    demo.dropStreamingClients();
    demo.org.update("Contact", [y], { Phone: "+44 161 001" });
    await l.until((c) => c.length >= 2);
    expect(l.changes().map((c) => (c.kind === "update" ? c.ids[0] : c.kind))).toEqual([x, y]);
    expect(demo.sessions.issuedCount).toBe(issued + 1);
  });

  it("stops, and says why, when the caller fails to commit a batch", async () => {
    const errors: Error[] = [];
    await listen(REPLAY_NEW_ONLY, {
      onBatch: () => Promise.reject(new Error("database went away")),
      onError: (err) => errors.push(err),
    });
    demo.org.update("Account", [accountIds()[0]], { Phone: "+1 555 0300" });
    const deadline = Date.now() + 5000;
    while (!errors.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(errors.map((e) => e.message)).toEqual(["database went away"]);
  });
});
