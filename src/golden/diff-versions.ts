import { attributeNames, type AttributeName, type CustomerAttributes, type Lineage, type LineageEntry } from "./attributes";

/** One attribute as two versions hold it: the value and the source it came from on each side. */
export type AttributeChange = {
  name: AttributeName;
  before: string | null;
  after: string | null;
  beforeSource: LineageEntry | null;
  afterSource: LineageEntry | null;
  valueChanged: boolean;
  /** another source record (or a steward) supplies the value, whether or not the value moved */
  sourceChanged: boolean;
};

type Snapshot = { attributes: CustomerAttributes; lineage: Lineage };

// The time a source last touched a value moves with every resend; only a different supplier is a change of lineage.
function sameSupplier(a: LineageEntry | undefined, b: LineageEntry | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.source === b.source && a.sourceRecordId === b.sourceRecordId && a.externalId === b.externalId && a.override?.reason === b.override?.reason && a.override?.author === b.override?.author;
}

/**
 * The attributes whose value or supplier differs between two versions, in
 * canonical order, so a steward reading a record's history sees what moved
 * and why without comparing sixteen rows by eye.
 */
export function diffVersions(from: Snapshot, to: Snapshot): AttributeChange[] {
  return attributeNames.flatMap((name) => {
    const before = from.attributes[name] ?? null;
    const after = to.attributes[name] ?? null;
    const valueChanged = before !== after;
    const sourceChanged = !sameSupplier(from.lineage[name], to.lineage[name]);
    if (!valueChanged && !sourceChanged) return [];
    return [{ name, before, after, beforeSource: from.lineage[name] ?? null, afterSource: to.lineage[name] ?? null, valueChanged, sourceChanged }];
  });
}
