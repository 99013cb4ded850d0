import { z } from "zod";
import type { Principal } from "@/src/auth/principal";
import { attributeNames } from "@/src/golden/attributes";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { saveSurvivorshipRulesIn } from "@/src/golden/save-survivorship-rules";
import { startBulkMergeIn } from "@/src/stewardship/bulk-merge/start-bulk-merge";
import { suspectQueueFilterSchema } from "@/src/stewardship/queue/suspect-queue-filter";
import { editGoldenRecordIn } from "@/src/stewardship/edit-golden-record";
import { mergeSuspectIn } from "@/src/stewardship/merge-suspect";
import { splitSourceRecordsIn } from "@/src/stewardship/split-source-records";
import { undoGoldenMergeIn } from "@/src/stewardship/undo-golden-merge";

const id = z.string().min(1).max(64);
const attributeMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(attributeNames), value);

/**
 * A steward action as a change request stores it: everything the domain
 * operation needs except who acts, so the same action can run now, or later
 * when a second person approves it. Versions are part of it: an approval
 * applies to the record as the requester saw it, never to a changed one.
 */
export const stewardActionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("edit"),
    goldenRecordId: id,
    expectedVersion: z.number().int().optional(),
    set: attributeMap(z.string().max(500).nullable()).optional(),
    clear: z.array(z.enum(attributeNames)).optional(),
    reason: z.string().max(500),
  }),
  z.object({
    kind: z.literal("merge"),
    suspectId: id,
    picks: attributeMap(z.string().max(500)).optional(),
    expectedVersions: z.object({ left: z.number().int(), right: z.number().int() }).optional(),
  }),
  z.object({
    kind: z.literal("split"),
    goldenRecordId: id,
    sourceRecordIds: z.array(id).min(1).max(100),
    reason: z.string().max(500),
    expectedVersion: z.number().int().optional(),
    rememberNotDuplicate: z.boolean().optional(),
  }),
  z.object({ kind: z.literal("undo-merge"), mergeId: id, reason: z.string().max(500), rememberNotDuplicate: z.boolean().optional() }),
  z.object({ kind: z.literal("rules"), rules: z.record(z.string(), z.unknown()), note: z.string().max(500).optional() }),
  z.object({ kind: z.literal("bulk-merge"), filter: suspectQueueFilterSchema, minScore: z.number().min(0).max(1), expectedCount: z.number().int().min(1) }),
]);

export type StewardAction = z.infer<typeof stewardActionSchema>;
export type StewardActionKind = StewardAction["kind"];

/** Runs a steward action inside a writer's transaction, acting for `principal` (who asked for it). */
export async function runStewardAction(golden: GoldenWriter, principal: Principal, action: StewardAction): Promise<Record<string, unknown>> {
  switch (action.kind) {
    case "edit":
      return editGoldenRecordIn(golden, { ...action, principal });
    case "merge":
      return mergeSuspectIn(golden, { ...action, principal });
    case "split":
      return splitSourceRecordsIn(golden, { ...action, principal });
    case "undo-merge":
      return undoGoldenMergeIn(golden, { ...action, principal });
    case "rules":
      return saveSurvivorshipRulesIn(golden.tx, golden.at, { ...action, principal });
    case "bulk-merge":
      return startBulkMergeIn(golden.tx, golden.at, { ...action, principal });
  }
}

/** What the action is about, for the Requests list and the pages of that record or suspect. */
export function targetOf(action: StewardAction): { targetType: "GoldenRecord" | "DuplicateSuspect" | "GoldenMerge" | "SurvivorshipRuleSet"; targetId: string } {
  switch (action.kind) {
    case "rules":
      return { targetType: "SurvivorshipRuleSet", targetId: "next" };
    case "bulk-merge":
      return { targetType: "DuplicateSuspect", targetId: "bulk" };
    case "merge":
      return { targetType: "DuplicateSuspect", targetId: action.suspectId };
    case "undo-merge":
      return { targetType: "GoldenMerge", targetId: action.mergeId };
    default:
      return { targetType: "GoldenRecord", targetId: action.goldenRecordId };
  }
}

/** One line a person can read in the Requests list. */
export function describeStewardAction(action: StewardAction): string {
  switch (action.kind) {
    case "edit": {
      const set = Object.entries(action.set ?? {}).map(([n, v]) => (v === null ? `${n} → unknown` : `${n} → “${v}”`));
      const cleared = (action.clear ?? []).map((n) => `clear override of ${n}`);
      return `Correct ${[...set, ...cleared].join(", ")}: ${action.reason}`;
    }
    case "merge":
      return `Merge the pair of suspect ${action.suspectId}${action.picks && Object.keys(action.picks).length ? ` keeping ${Object.entries(action.picks).map(([n, v]) => `${n} “${v}”`).join(", ")}` : ""}`;
    case "split":
      return `Split ${action.sourceRecordIds.length} source record(s) out: ${action.reason}`;
    case "undo-merge":
      return `Undo merge ${action.mergeId}: ${action.reason}`;
    case "bulk-merge":
      return `Merge all ${action.expectedCount} open suspects scoring at least ${Math.round(action.minScore * 100)}% in the filter ${JSON.stringify(action.filter)}`;
    case "rules": {
      const rules = Object.entries(action.rules).map(([unit, rule]) => `${unit} → ${(rule as { strategy?: string }).strategy ?? "?"}`);
      return `Change survivorship rules (${rules.length ? rules.join(", ") : "source priority everywhere"})${action.note ? `: ${action.note}` : ""}`;
    }
  }
}
