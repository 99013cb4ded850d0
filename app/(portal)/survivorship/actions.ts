"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors";
import { defaultUnitRule, survivorshipUnits } from "@/src/golden/survivorship-rules";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { requirePrincipal } from "@/app/components/require-principal";

export type RulesFormState = { message: string | null; ok: boolean };

/** `strategy:<unit>` and `order:<unit>` fields as the rules JSON the domain validates; an untouched default unit is left out. */
function rulesFrom(form: FormData) {
  return Object.fromEntries(
    survivorshipUnits.flatMap((u) => {
      const strategy = String(form.get(`strategy:${u.key}`) ?? defaultUnitRule.strategy);
      const order = String(form.get(`order:${u.key}`) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (strategy === defaultUnitRule.strategy && !order.length) return [];
      return [[u.key, { strategy, ...(order.length ? { sourceOrder: order } : {}) }]];
    }),
  );
}

/** Saves the rules as a new version; the recompute of stored records then runs in the background. */
export async function saveRules(_previous: RulesFormState, form: FormData): Promise<RulesFormState> {
  const principal = await requirePrincipal();
  try {
    const submitted = await submitStewardAction(principal, { kind: "rules", rules: rulesFrom(form), note: String(form.get("note") ?? "").slice(0, 500) });
    revalidatePath("/survivorship");
    if ("requested" in submitted) return { message: "Sent for approval: the rules change waits on the Requests page for a second admin.", ok: true };
    return { message: `Saved as version ${submitted.done.version}. Stored golden records are being recomputed.`, ok: true };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ok: false };
    throw error;
  }
}
