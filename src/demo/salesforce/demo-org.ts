import { changeEventBody, eventFieldName } from "./change-event-body";
import { demoId, type DemoEntity, type DemoSObject } from "./sobject-fields";

/** One change event in the org's retained event log. */
export type StoredEvent = { replayId: number; entity: DemoEntity; payload: Record<string, unknown> };

export type GapType = "GAP_CREATE" | "GAP_UPDATE" | "GAP_DELETE" | "GAP_UNDELETE";
type FieldValues = Record<string, string | number | boolean | null>;

/** Salesforce stores timestamps to the second, so records saved in one second share a SystemModstamp. */
const wholeSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * The demo org's data and its Change Data Capture log. Every change made
 * through it updates SystemModstamp the way Salesforce does and appends the
 * change event Salesforce would publish, so the query API and the streaming
 * API always agree.
 */
export class DemoOrg {
  readonly records: Record<DemoEntity, Map<string, DemoSObject>> = { Account: new Map(), Contact: new Map() };
  private readonly issued: Record<DemoEntity, number> = { Account: 0, Contact: 0 };
  private log: StoredEvent[] = [];
  private firstRetained = 1;
  private nextReplayId = 1;
  private commits = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: () => number = () => wholeSecond(Date.now()),
    /** Salesforce keeps change events for three days; the demo keeps a count of them */
    private readonly retainEvents = 50_000,
  ) {}

  /** Stores a record without publishing an event, as a data load before CDC was enabled would. */
  load(entity: DemoEntity, fields: FieldValues, at: number): DemoSObject {
    const Id = demoId(entity, ++this.issued[entity]);
    const record: DemoSObject = { ...fields, Id, IsDeleted: false, CreatedDate: at, LastModifiedDate: at, SystemModstamp: at };
    this.records[entity].set(Id, record);
    return record;
  }

  create(entity: DemoEntity, fields: FieldValues, at = this.clock()): DemoSObject {
    const record = this.load(entity, fields, at);
    const { Id: _id, IsDeleted: _deleted, SystemModstamp: _stamp, ...body } = record;
    this.publish(entity, "CREATE", [record.Id], at, changeEventBody(entity, record, body));
    return record;
  }

  /** Applies the same values to several records in one transaction: one UPDATE event naming them all, with only the changed fields. */
  update(entity: DemoEntity, ids: string[], fields: FieldValues, at = this.clock()): void {
    const targets = ids.map((id) => this.get(entity, id));
    const changed = Object.keys(fields).filter((f) => targets.some((r) => (r[f] ?? null) !== fields[f]));
    for (const record of targets) Object.assign(record, fields, { LastModifiedDate: at, SystemModstamp: at });
    const sample = targets[0];
    const nulled = changed.filter((f) => fields[f] === null);
    const body = changeEventBody(entity, sample, { ...Object.fromEntries(changed.map((f) => [f, fields[f]])), LastModifiedDate: at });
    const names = (list: string[]) => list.map((f) => eventFieldName(entity, sample, f));
    this.publish(entity, "UPDATE", ids, at, body, { changedFields: [...names(changed), "LastModifiedDate"], nulledFields: names(nulled) });
  }

  /** Moves records to the recycle bin: queryAll still returns them, with IsDeleted. */
  delete(entity: DemoEntity, ids: string[], at = this.clock()): void {
    for (const id of ids) Object.assign(this.get(entity, id), { IsDeleted: true, SystemModstamp: at });
    this.publish(entity, "DELETE", ids, at, {});
  }

  undelete(entity: DemoEntity, id: string, at = this.clock()): void {
    const record = Object.assign(this.get(entity, id), { IsDeleted: false, LastModifiedDate: at, SystemModstamp: at });
    const { Id: _id, IsDeleted: _deleted, SystemModstamp: _stamp, ...body } = record;
    this.publish(entity, "UNDELETE", [id], at, changeEventBody(entity, record, body));
  }

  /** What Salesforce sends when it could not build a change's body: ids and type, no data. */
  publishGap(entity: DemoEntity, type: GapType, ids: string[], at = this.clock()): void {
    this.publish(entity, type, ids, at, {});
  }

  /** What Salesforce sends when one transaction changed more records than it publishes events for. */
  publishOverflow(entity: DemoEntity, at = this.clock()): void {
    this.publish(entity, "GAP_OVERFLOW", [], at, {});
  }

  /** Drops every retained event, so any stored replay id is now older than the org keeps. */
  forgetRetainedEvents(): void {
    this.log = [];
    this.firstRetained = this.nextReplayId;
  }

  get(entity: DemoEntity, id: string): DemoSObject {
    const record = this.records[entity].get(id);
    if (!record) throw new Error(`the demo org has no ${entity} ${id}`);
    return record;
  }

  /**
   * Where a subscriber starting from `replayId` begins in the log: -1 after
   * the newest, -2 at the oldest retained, else just after that event; null
   * for an id the org does not (or no longer) retain.
   */
  startFor(replayId: number): number | null {
    if (replayId === -1) return this.nextReplayId;
    if (replayId === -2) return this.firstRetained;
    if (replayId < this.firstRetained - 1 || replayId >= this.nextReplayId) return null;
    return replayId + 1;
  }

  /** Events from a log position on, for the given objects; `next` is where to continue. */
  eventsFrom(position: number, entities: ReadonlySet<DemoEntity>, max: number): { events: StoredEvent[]; next: number } {
    const events: StoredEvent[] = [];
    let next = Math.max(position, this.firstRetained);
    for (; next < this.nextReplayId && events.length < max; next++) {
      const event = this.log[next - this.firstRetained];
      if (entities.has(event.entity)) events.push(event);
    }
    return { events, next };
  }

  onEvent(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(entity: DemoEntity, changeType: string, recordIds: string[], at: number, body: Record<string, unknown>, fields = { changedFields: [] as string[], nulledFields: [] as string[] }): void {
    this.commits += 1;
    const ChangeEventHeader = {
      entityName: entity,
      recordIds,
      changeType,
      changeOrigin: "com/salesforce/api/rest/62.0;client=goldenhub-demo",
      transactionKey: `0000${this.commits.toString(16).padStart(4, "0")}-demo-${this.commits}`,
      sequenceNumber: 1,
      // Salesforce stamps commits to the millisecond while SystemModstamp reads to the second.
      commitTimestamp: at + ((this.commits * 37) % 1000),
      commitNumber: 11_000_000_000 + this.commits,
      commitUser: "005Dm0000000001AAA",
      ...fields,
      diffFields: [],
    };
    this.log.push({ replayId: this.nextReplayId++, entity, payload: { ChangeEventHeader, ...body } });
    if (this.log.length > this.retainEvents) {
      this.log.shift();
      this.firstRetained += 1;
    }
    for (const listener of this.listeners) listener();
  }
}
