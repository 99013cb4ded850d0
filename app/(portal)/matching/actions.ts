"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can, refusal } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError, fieldIssues, type FieldIssue } from "@/src/errors";
import { activateModel } from "@/src/matching/model/activate-model";
import { loadActiveModel } from "@/src/matching/model/load-active-model";
import { retrainModel } from "@/src/matching/model/retrain-model";
import { setThresholds } from "@/src/matching/model/set-thresholds";
import { setSourceDuplicates } from "@/src/sources/set-source-duplicates";
import { requirePrincipal } from "@/app/components/require-principal";
import { thresholdInputs, type ThresholdInput } from "./threshold-inputs";

export type ThresholdsState = { message: string | null; saved: boolean; issues: FieldIssue[]; values: Record<ThresholdInput, string> | null };
export type ModelActionState = { message: string | null };

const notAdmin = refusal("matching.manage");

/** The signed-in principal, or null when it may not manage matching; checked on every action because anyone can post to one. */
async function manager(): Promise<Principal | null> {
  const principal = await requirePrincipal();
  return can(principal, "matching.manage") ? principal : null;
}

const percent = z
  .string()
  .trim()
  .min(1, "enter a percentage")
  .transform(Number)
  .pipe(z.number({ error: "enter a number such as 90" }).min(0, "must be 0% or more").max(100, "must be 100% or less"));
const band = z.object({ auto: percent, review: percent, sameSource: percent });
const thresholdsForm = z.object({ person: band, organization: band, note: z.string().trim().max(200, "keep the note under 200 characters") });

const toFraction = (b: { auto: number; review: number; sameSource: number }) => ({ auto: b.auto / 100, review: b.review / 100, sameSource: b.sameSource / 100 });

/** Saves the thresholds (typed as percentages) as a new active version; refusals come back naming the field. */
export async function saveThresholds(_previous: ThresholdsState, form: FormData): Promise<ThresholdsState> {
  const values = Object.fromEntries(thresholdInputs.map((name) => [name, String(form.get(name) ?? "")])) as Record<ThresholdInput, string>;
  const principal = await manager();
  if (!principal) return { message: notAdmin, saved: false, issues: [], values };
  const parsed = thresholdsForm.safeParse({
    person: { auto: values["person.auto"], review: values["person.review"], sameSource: values["person.sameSource"] },
    organization: { auto: values["organization.auto"], review: values["organization.review"], sameSource: values["organization.sameSource"] },
    note: String(form.get("note") ?? ""),
  });
  if (!parsed.success) return { message: "The thresholds are not valid.", saved: false, issues: fieldIssues(parsed.error.issues), values };
  const { person, organization, note } = parsed.data;
  try {
    const { version } = await setThresholds({ thresholds: { person: toFraction(person), organization: toFraction(organization) }, principal, note: note || undefined });
    revalidatePath("/matching");
    return { message: `Thresholds saved as version v${version}`, saved: true, issues: [], values };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, saved: false, issues: error.issues, values };
    throw error;
  }
}

/** Trains a new draft from the hub's own pairs and decisions; matching keeps the active version until an admin activates the draft. */
export async function retrainFromData(_previous: ModelActionState, _form: FormData): Promise<ModelActionState> {
  const principal = await manager();
  if (!principal) return { message: notAdmin };
  let version: number;
  try {
    ({ version } = await retrainModel({ principal }));
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/matching");
  redirect(`/matching?notice=retrained&version=${version}`);
}

const activation = z.object({ modelId: z.string().min(1).max(64) });

/** Puts a draft or retired version back in force; the one active before is retired, never lost. */
export async function activateVersion(_previous: ModelActionState, form: FormData): Promise<ModelActionState> {
  const principal = await manager();
  if (!principal) return { message: notAdmin };
  const parsed = activation.safeParse({ modelId: form.get("modelId") });
  if (!parsed.success) return { message: "The version was not understood. Reload the page and choose again." };
  try {
    await activateModel({ modelId: parsed.data.modelId, principal });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  const active = await loadActiveModel({ fresh: true });
  revalidatePath("/matching");
  redirect(`/matching?notice=activated&version=${active.version.replace(/^v/, "")}`);
}

const duplicatesForm = z.object({ sourceId: z.string().min(1).max(128), mayHoldDuplicates: z.enum(["true", "false"]) });

/** Declares whether a source may hold one customer twice; the refusal names the problem in words. */
export async function saveSourceDuplicates(_previous: ModelActionState, form: FormData): Promise<ModelActionState> {
  const principal = await manager();
  if (!principal) return { message: notAdmin };
  const parsed = duplicatesForm.safeParse({ sourceId: form.get("sourceId"), mayHoldDuplicates: form.get("mayHoldDuplicates") });
  if (!parsed.success) return { message: "The source was not understood. Reload the page and choose again." };
  try {
    await setSourceDuplicates({ principal, sourceId: parsed.data.sourceId, mayHoldDuplicates: parsed.data.mayHoldDuplicates === "true" });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/matching");
  return { message: null };
}
