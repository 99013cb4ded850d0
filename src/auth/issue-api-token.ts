import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { createApiToken } from "./api-tokens";
import { parseInput } from "./parse-input";
import { authorize } from "./permissions";
import type { Principal } from "./principal";
import { cleanText, roleField } from "./user-fields";

const issueSchema = z.object({
  name: cleanText("Name", 100),
  role: roleField("Role"),
  sourceId: z
    .string()
    .refine((id) => id === "" || isRecordId(id), "Source: choose a source from the list.")
    .nullish()
    .transform((id) => id || null),
});

/**
 * An admin hands a system its credentials: a token with a role and, for a
 * source's own integration, bound to that source so it can push nowhere else.
 * The secret is returned once; the audit entry keeps the name, role, binding
 * and visible prefix, never the secret or its hash.
 */
export async function issueApiToken(opts: { principal: Principal; name: unknown; role: unknown; sourceId?: unknown }): Promise<{ id: string; secret: string }> {
  authorize(opts.principal, "users.manage");
  const input = parseInput(issueSchema, { name: opts.name, role: opts.role, sourceId: opts.sourceId });
  return sql.begin(async (tx) => {
    const [source] = input.sourceId ? await tx<{ key: string }[]>`SELECT key FROM "Source" WHERE id = ${input.sourceId} FOR SHARE` : [];
    if (input.sourceId && !source) throw new AppError("VALIDATION_FAILED", "Source: that source no longer exists; reload the page.", [{ path: "sourceId", message: "no such source" }]);
    const createdById = opts.principal.kind === "user" ? opts.principal.id : null;
    const token = await createApiToken({ ...input, createdById, tx });
    const after = { name: input.name, role: input.role, source: source?.key ?? null, prefix: token.prefix };
    await recordAudit(tx, opts.principal, new Date(), { action: "token.create", targetType: "ApiToken", targetId: token.id, after });
    return { id: token.id, secret: token.secret };
  });
}
