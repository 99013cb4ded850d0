"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { attributeNames } from "@/src/golden/attributes";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { requirePrincipal } from "@/app/components/require-principal";

export type StewardFormState = { message: string | null };

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
const reason = z.string().trim().min(1, "Say why.").max(500, "Keep the reason under 500 characters.");
const checked = (v: FormDataEntryValue | null) => v === "on";

const correction = z.object({
  goldenRecordId: id,
  expectedVersion: version,
  attribute: z.enum(attributeNames, { message: "Choose an attribute." }),
  mode: z.enum(["set", "unknown", "clear"]),
  value: z.string().max(500, "Values are at most 500 characters.").optional(),
  reason,
});

/** The first problem zod found, in words a steward can act on. */
const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? "The form was not understood; reload the page.";

/**
 * Runs a steward's action and comes back to the record: on a refusal or a
 * conflict the page is refreshed, so the message stands beside the record's
 * fresh state rather than the stale one the steward decided on.
 */
async function act(goldenRecordId: string, work: () => Promise<string>): Promise<StewardFormState> {
  let next: string;
  try {
    next = await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    revalidatePath(`/golden/${goldenRecordId}`);
    return { message: error.message };
  }
  revalidatePath("/", "layout");
  redirect(next);
}

/** Correct a golden value, mark it unknown, or clear a steward override. */
export async function correctValue(_previous: StewardFormState, form: FormData): Promise<StewardFormState> {
  const principal = await requirePrincipal();
  const parsed = correction.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: firstIssue(parsed.error) };
  const { goldenRecordId, expectedVersion, attribute, mode, value } = parsed.data;
  if (mode === "set" && !value?.trim()) return { message: "Give the corrected value, or choose “unknown”." };
  return act(goldenRecordId, async () => {
    const submitted = await submitStewardAction(principal, {
      kind: "edit",
      goldenRecordId,
      expectedVersion,
      reason: parsed.data.reason,
      ...(mode === "clear" ? { clear: [attribute] } : { set: { [attribute]: mode === "unknown" ? null : value! } }),
    });
    return `/golden/${goldenRecordId}?notice=${"requested" in submitted ? "requested" : mode === "clear" ? "cleared" : "corrected"}`;
  });
}

const split = z.object({ goldenRecordId: id, expectedVersion: version, sourceRecordId: id, reason });

/** Split one source record out into a new golden record. */
export async function splitOut(_previous: StewardFormState, form: FormData): Promise<StewardFormState> {
  const principal = await requirePrincipal();
  const parsed = split.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: firstIssue(parsed.error) };
  const { goldenRecordId, expectedVersion, sourceRecordId } = parsed.data;
  return act(goldenRecordId, async () => {
    const submitted = await submitStewardAction(principal, {
      kind: "split",
      goldenRecordId,
      sourceRecordIds: [sourceRecordId],
      expectedVersion,
      reason: parsed.data.reason,
      rememberNotDuplicate: checked(form.get("remember")),
    });
    return "requested" in submitted ? `/golden/${goldenRecordId}?notice=requested` : `/golden/${submitted.done.newId}?notice=split`;
  });
}

const undo = z.object({ goldenRecordId: id, mergeId: id, reason });

/** Undo one merge listed in the record's merges. */
export async function undoMerge(_previous: StewardFormState, form: FormData): Promise<StewardFormState> {
  const principal = await requirePrincipal();
  const parsed = undo.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: firstIssue(parsed.error) };
  const { goldenRecordId, mergeId } = parsed.data;
  return act(goldenRecordId, async () => {
    const submitted = await submitStewardAction(principal, { kind: "undo-merge", mergeId, reason: parsed.data.reason, rememberNotDuplicate: checked(form.get("remember")) });
    return `/golden/${goldenRecordId}?notice=${"requested" in submitted ? "requested" : "unmerged"}`;
  });
}
