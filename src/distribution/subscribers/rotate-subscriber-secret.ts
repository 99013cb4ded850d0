import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";
import { newWebhookSecret } from "./webhook-secret";

export const DEFAULT_OVERLAP_HOURS = 24;
/** A week: long enough for a receiver's change window, short enough that a leaked old secret does not sign for long. */
export const MAX_OVERLAP_HOURS = 168;

const inputSchema = z.object({
  subscriberId: recordIdField("Subscriber"),
  overlapHours: z
    .number({ error: `Overlap: give a number of hours from 0 to ${MAX_OVERLAP_HOURS}.` })
    .int(`Overlap: give whole hours from 0 to ${MAX_OVERLAP_HOURS}.`)
    .min(0, `Overlap: give a number of hours from 0 to ${MAX_OVERLAP_HOURS}.`)
    .max(MAX_OVERLAP_HOURS, `Overlap: at most ${MAX_OVERLAP_HOURS} hours (a week).`)
    .nullish()
    .transform((h) => h ?? DEFAULT_OVERLAP_HOURS),
});

/**
 * Gives a subscriber a new signing secret, returned this once. For the
 * overlap the old secret signs beside the new one, so a receiver verifying
 * with either keeps accepting messages while its owner switches; an overlap
 * of 0 stops the old secret at once (for a leaked one). Rotating again within
 * an overlap ends the older secret's: only the one just replaced still signs.
 */
export async function rotateSubscriberSecret(opts: { principal: Principal; subscriberId: unknown; overlapHours?: unknown }): Promise<{ secret: string; previousSecretExpiresAt: Date | null }> {
  authorize(opts.principal, "subscribers.manage");
  const input = parseInput(inputSchema, { subscriberId: opts.subscriberId, overlapHours: opts.overlapHours });
  const secret = newWebhookSecret();
  const at = new Date();
  const expiresAt = input.overlapHours ? new Date(at.getTime() + input.overlapHours * 3_600_000) : null;
  await sql.begin(async (tx) => {
    const [row] = await tx<{ id: string }[]>`
      UPDATE "Subscriber" SET "previousSecret" = ${expiresAt ? tx`secret` : null}, "previousSecretExpiresAt" = ${expiresAt},
        secret = ${secret}, "updatedAt" = ${at}
      WHERE id = ${input.subscriberId} RETURNING id`;
    if (!row) throw new AppError("NOT_FOUND", "That subscriber no longer exists. Reload the page.");
    await recordAudit(tx, opts.principal, at, {
      action: "subscriber.rotate-secret",
      targetType: "Subscriber",
      targetId: row.id,
      data: { overlapHours: input.overlapHours, previousSecretExpiresAt: expiresAt },
    });
  });
  return { secret, previousSecretExpiresAt: expiresAt };
}
