import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { cleanText } from "@/src/auth/user-fields";
import { sql } from "@/src/db";
import { forgetAllowlist, parseAllowlistPattern } from "@/src/distribution/url-guard/allowlist";
import { AppError } from "@/src/errors";

const patternHelp = "Pattern: give a host name (hooks.internal), host:port, an IP address (10.1.2.3, or [fd00::1]:8080 with a port) or a CIDR range (10.20.0.0/16).";

const inputSchema = z.object({
  pattern: z
    .string({ error: patternHelp })
    .trim()
    .toLowerCase()
    .superRefine((p, ctx) => {
      if (p.length > 300 || parseAllowlistPattern(p) === null) ctx.addIssue({ code: "custom", message: patternHelp });
      // A /0 range admits every address there is: that is switching the guard off, not allowlisting a host.
      else if (/\/0+$/.test(p)) ctx.addIssue({ code: "custom", message: "Pattern: a /0 range would admit every address; name the network the receiver is on." });
    }),
  note: z.preprocess((v) => (v === "" || v === null ? undefined : v), cleanText("Note", 200).optional()),
});

export type AllowlistEntryRow = { id: string; pattern: string; note: string | null; createdBy: string; createdAt: Date };

/**
 * Lets webhooks reach a private, loopback or link-local host that an admin
 * vouches for (a receiver on the company network). The pattern is read by
 * the same parser the webhook guard applies, so what is accepted here is
 * what the guard admits; host names are kept lower-case, as the guard
 * compares them. This process forgets its cached allowlist at once; other
 * processes re-read theirs within seconds.
 */
export async function allowWebhookHost(opts: { principal: Principal; pattern: unknown; note?: unknown }): Promise<AllowlistEntryRow> {
  authorize(opts.principal, "subscribers.manage");
  const input = parseInput(inputSchema, { pattern: opts.pattern, note: opts.note });
  const entry = { id: randomUUID(), pattern: input.pattern, note: input.note ?? null, createdBy: opts.principal.label, createdAt: new Date() };
  const taken = () => new AppError("VALIDATION_FAILED", `Pattern: ${input.pattern} is on the allowlist already.`, [{ path: "pattern", message: `Pattern: ${input.pattern} is on the allowlist already.` }]);
  try {
    await sql.begin(async (tx) => {
      const [added] = await tx<{ id: string }[]>`INSERT INTO "WebhookAllowlistEntry" ${tx(entry)} ON CONFLICT (pattern) DO NOTHING RETURNING id`;
      if (!added) throw taken();
      await recordAudit(tx, opts.principal, entry.createdAt, { action: "webhook-allowlist.add", targetType: "WebhookAllowlistEntry", targetId: entry.id, after: { pattern: entry.pattern, note: entry.note } });
    });
  } finally {
    forgetAllowlist();
  }
  return entry;
}
