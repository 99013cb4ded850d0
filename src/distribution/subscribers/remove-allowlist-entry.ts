import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { forgetAllowlist } from "@/src/distribution/url-guard/allowlist";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";

/**
 * Takes a host off the webhook allowlist. Subscribers that reach it are not
 * changed here: their next delivery is refused by the guard and disables
 * them with the reason, which the subscribers page shows.
 */
export async function removeAllowlistEntry(opts: { principal: Principal; entryId: unknown }): Promise<{ pattern: string }> {
  authorize(opts.principal, "subscribers.manage");
  const { entryId } = parseInput(z.object({ entryId: recordIdField("Allowlist entry") }), { entryId: opts.entryId });
  try {
    return await sql.begin(async (tx) => {
      const [removed] = await tx<{ id: string; pattern: string; note: string | null }[]>`
        DELETE FROM "WebhookAllowlistEntry" WHERE id = ${entryId} RETURNING id, pattern, note`;
      if (!removed) throw new AppError("NOT_FOUND", "That allowlist entry is gone already. Reload the page.");
      await recordAudit(tx, opts.principal, new Date(), {
        action: "webhook-allowlist.remove",
        targetType: "WebhookAllowlistEntry",
        targetId: removed.id,
        before: { pattern: removed.pattern, note: removed.note },
      });
      return { pattern: removed.pattern };
    });
  } finally {
    forgetAllowlist();
  }
}
