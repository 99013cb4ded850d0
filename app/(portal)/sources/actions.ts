"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can, refusal } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError, type FieldIssue } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { pauseSource } from "@/src/sources/pause-source";
import { registerSource } from "@/src/sources/register-source";
import { resumeSource } from "@/src/sources/resume-source";
import { requestSync } from "@/src/sources/sync/request-sync";
import { requirePrincipal } from "@/app/components/require-principal";
import { describeRefusal, emptyRegisterValues, registerInput, type RegisterValues } from "./register-input";

export type RegisterState = {
  /** how many answers the form has had: its connector's fields are drawn afresh from `values` after each */
  answers: number;
  message: string | null;
  issues: FieldIssue[];
  /** `queued` is false when the queue could not be reached: the source is registered all the same and its schedule picks it up */
  registered: { key: string; name: string; queued: boolean } | null;
  values: RegisterValues;
};
export type SourceActionState = { message: string | null; ok: boolean; issues: FieldIssue[] };

const notAdmin = refusal("sources.manage");

/** The signed-in principal, or null when it may not manage sources; asked on every action because anyone can post to one. */
async function manager(): Promise<Principal | null> {
  const principal = await requirePrincipal();
  return can(principal, "sources.manage") ? principal : null;
}

/** Runs an operation, turning the refusals a person can act on into a message and letting faults through to the error page. */
async function attempt(run: (principal: Principal) => Promise<string>): Promise<SourceActionState> {
  const principal = await manager();
  if (!principal) return { message: notAdmin, ok: false, issues: [] };
  try {
    const message = await run(principal);
    revalidatePath("/sources");
    return { message, ok: true, issues: [] };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ok: false, issues: error.issues };
    throw error;
  }
}

/** Registers a connector source and queues its first sync; the secrets typed are never sent back to the browser, even on a refusal. */
export async function registerSourceAction(previous: RegisterState, form: FormData): Promise<RegisterState> {
  const { input, values } = registerInput(form);
  const answers = previous.answers + 1;
  const principal = await manager();
  if (!principal) return { answers, message: notAdmin, issues: [], registered: null, values };
  try {
    const source = await registerSource({ principal, input });
    const queued = await requestSync(source.id).then(
      () => true,
      () => false,
    );
    revalidatePath("/sources");
    const registered = { key: source.key, name: values.name, queued };
    return { answers, message: null, issues: [], registered, values: { ...emptyRegisterValues, connector: values.connector } };
  } catch (error) {
    if (error instanceof AppError) {
      return { answers, message: error.issues.length ? describeRefusal(error.issues) : error.message, issues: error.issues, registered: null, values };
    }
    throw error;
  }
}

const sourceIdSchema = z.string().refine(isRecordId);

/** Queues a sync of the row's source at once instead of at its next scheduled time; a sync already queued or running makes this a no-op. */
export async function syncNowAction(_previous: SourceActionState, form: FormData): Promise<SourceActionState> {
  return attempt(async () => {
    const sourceId = sourceIdSchema.safeParse(form.get("sourceId"));
    if (!sourceId.success) throw new AppError("VALIDATION_FAILED", "Source: reload the page and choose again.", [{ path: "sourceId", message: "reload the page" }]);
    await requestSync(sourceId.data).catch(() => {
      throw new AppError("SERVICE_UNAVAILABLE", "The job queue cannot be reached just now; try again in a minute.");
    });
    return "Sync queued.";
  });
}

/** Pauses the row's source with the reason typed beside the button. */
export async function pauseSourceAction(_previous: SourceActionState, form: FormData): Promise<SourceActionState> {
  return attempt(async (principal) => {
    await pauseSource({ principal, sourceId: form.get("sourceId"), reason: form.get("reason") });
    return "Paused.";
  });
}

/** Resumes the row's source; its next sync continues from where it stopped. */
export async function resumeSourceAction(_previous: SourceActionState, form: FormData): Promise<SourceActionState> {
  return attempt(async (principal) => {
    await resumeSource({ principal, sourceId: form.get("sourceId") });
    return "Resumed.";
  });
}
