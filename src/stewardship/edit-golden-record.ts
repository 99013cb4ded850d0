import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import type { AttributeName } from "@/src/golden/attributes";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { readOverrides, type Overrides } from "@/src/golden/overrides";
import { readAttributes } from "@/src/golden/read-golden-json";
import { checkRecord } from "@/src/standardize/check-record";
import { expectVersion } from "./expect-version";
import { lockActiveGolden } from "./lock-active-golden";
import { stewardWrite } from "./steward-write";

export type EditGoldenOptions = {
  goldenRecordId: string;
  principal: Principal;
  /** the version the steward edited; a record changed since is a conflict */
  expectedVersion?: number;
  /** corrected values; null says the value is unknown whatever the sources claim */
  set?: Partial<Record<AttributeName, string | null>>;
  /** overrides to drop, so the sources decide again */
  clear?: AttributeName[];
  reason: string;
};

/** Standardizes corrected values as ingest would, refusing one that is not what its attribute claims (an email that is no address). */
function standardizeEdits(current: Record<string, string>, set: Partial<Record<AttributeName, string | null>>) {
  const given = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== null)) as Record<AttributeName, string>;
  const { standardized, warnings } = checkRecord({ ...current, ...given });
  const problems = warnings.filter((w) => !w.kept && w.attribute in given);
  if (problems.length) {
    throw new AppError("VALIDATION_FAILED", `The correction is not valid: ${problems.map((w) => `${w.attribute} ${w.problem}`).join("; ")}.`,
      problems.map((w) => ({ path: `set.${w.attribute}`, message: w.problem })));
  }
  const empty = (Object.keys(given) as AttributeName[]).filter((n) => !standardized[n]);
  if (empty.length) throw new AppError("VALIDATION_FAILED", `Give a value for ${empty.join(", ")}, or mark it unknown.`, empty.map((n) => ({ path: `set.${n}`, message: "empty" })));
  return Object.fromEntries(Object.keys(set).map((n) => [n, set[n as AttributeName] === null ? null : standardized[n as AttributeName]!])) as Record<AttributeName, string | null>;
}

/**
 * A steward corrects golden values with a reason. The correction is kept as
 * an override that wins over later source updates until cleared, and the
 * record's new version, its event and the audit entry commit together.
 */
export const editGoldenRecord = (opts: EditGoldenOptions) => stewardWrite(opts.principal, (golden) => editGoldenRecordIn(golden, opts));

/** `editGoldenRecord` inside a writer's transaction (the writer acts for `opts.principal`). */
export async function editGoldenRecordIn(golden: GoldenWriter, opts: EditGoldenOptions): Promise<{ version: number }> {
  authorize(opts.principal, "records.edit");
  const reason = opts.reason.trim();
  if (!reason) throw new AppError("VALIDATION_FAILED", "Say why you correct this record.", [{ path: "reason", message: "required" }]);
  const set = opts.set ?? {};
  const clear = opts.clear ?? [];
  if (!Object.keys(set).length && !clear.length) throw new AppError("VALIDATION_FAILED", "Nothing to change: set or clear at least one value.");
  const { tx, at } = golden;
  await lockActiveGolden(golden, opts.goldenRecordId);
  await expectVersion(tx, opts.goldenRecordId, opts.expectedVersion);
  const [row] = await tx<{ attributes: unknown; overrides: unknown }[]>`SELECT attributes, overrides FROM "GoldenRecord" WHERE id = ${opts.goldenRecordId}`;
  const before = readAttributes(row.attributes);
  const values = standardizeEdits(before as Record<string, string>, set);
  const overrides: Overrides = readOverrides(row.overrides);
  for (const name of clear) delete overrides[name];
  for (const [name, value] of Object.entries(values)) overrides[name as AttributeName] = { value, author: opts.principal.label, reason, at: at.toISOString() };
  await golden.setOverrides(opts.goldenRecordId, overrides);
  const changed = [...Object.keys(values), ...clear];
  await golden.rebuild(new Map([[opts.goldenRecordId, { reasons: [`steward edit: ${reason}`], force: false, data: { changedAttributes: changed } }]]));
  const [after] = await tx<{ version: number; attributes: unknown }[]>`SELECT version, attributes FROM "GoldenRecord" WHERE id = ${opts.goldenRecordId}`;
  const afterValues = readAttributes(after.attributes);
  await recordAudit(tx, opts.principal, at, {
    action: "golden.edit",
    targetType: "GoldenRecord",
    targetId: opts.goldenRecordId,
    before: Object.fromEntries(changed.map((n) => [n, before[n as AttributeName] ?? null])),
    after: Object.fromEntries(changed.map((n) => [n, afterValues[n as AttributeName] ?? null])),
    data: { reason, ...(clear.length ? { cleared: clear } : {}) },
  });
  return { version: after.version };
}
