"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/src/errors";
import { dismissRejectedRecord } from "@/src/ingest/dismiss-rejected-record";
import { retryRejectedRecord } from "@/src/ingest/retry-rejected-record";
import { retryRejectedSource } from "@/src/ingest/retry-rejected-source";
import { requirePrincipal } from "@/app/components/require-principal";

export type QuarantineFormState = { message: string | null };

/** A refusal or a vanished row is said beside the button; anything else is a bug and goes to the error page. */
async function act(work: () => Promise<string | QuarantineFormState>): Promise<QuarantineFormState> {
  let next: string | QuarantineFormState;
  try {
    next = await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    revalidatePath("/quarantine");
    return { message: error.message };
  }
  revalidatePath("/", "layout");
  if (typeof next !== "string") return next;
  redirect(next);
}

/** Send one quarantined record through ingest again. */
export async function retryRecord(_previous: QuarantineFormState, form: FormData): Promise<QuarantineFormState> {
  const principal = await requirePrincipal();
  return act(async () => {
    const outcome = await retryRejectedRecord({ principal, rejectedRecordId: form.get("rejectedRecordId") });
    if (outcome.batchId) return "/quarantine?retried=1&left=0";
    return { message: "Still fails: the reasons shown are the ones of now. Fix the cause and retry." };
  });
}

/** Send every quarantined record of one source through ingest again. */
export async function retrySource(_previous: QuarantineFormState, form: FormData): Promise<QuarantineFormState> {
  const principal = await requirePrincipal();
  return act(async () => {
    const outcome = await retryRejectedSource({ principal, sourceId: form.get("sourceId") });
    return `/quarantine?retried=${outcome.accepted.length}&left=${outcome.remaining}`;
  });
}

/** Drop a quarantined record for good, with a reason the audit log keeps beside its payload. */
export async function dismissRecord(_previous: QuarantineFormState, form: FormData): Promise<QuarantineFormState> {
  const principal = await requirePrincipal();
  return act(async () => {
    await dismissRejectedRecord({ principal, rejectedRecordId: form.get("rejectedRecordId"), reason: form.get("reason") });
    return "/quarantine?dismissed=1";
  });
}
