import { z } from "zod";
import type { Role } from "@/prisma/generated/client";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { createApiToken } from "./api-tokens";
import { parseInput } from "./parse-input";
import { authorize } from "./permissions";
import type { Principal } from "./principal";
import { cleanText, roleField } from "./user-fields";

/** A new token as its issuer sees it once: the secret, and what it was issued as. */
export type IssuedApiToken = { id: string; secret: string; name: string; role: Role; source: string | null; prefix: string };

const issueSchema = z.object({
  name: cleanText("Name", 100),
  role: roleField("Role"),
  sourceId: z
    .string()
    .refine((id) => id === "" || isRecordId(id), "Source: choose a source from the list.")
    .nullish()
    .transform((id) => id || null),
  /** the source's key, for callers that know sources by key (GraphQL); the form sends `sourceId` */
  sourceKey: z.string().trim().max(64, "Source: a source key has at most 64 characters.").nullish().transform((key) => key || null),
});

/**
 * An admin hands a system its credentials: a token with a role and, for a
 * source's own integration, bound to that source so it can push nowhere else.
 * The secret is returned once; the audit entry keeps the name, role, binding
 * and visible prefix, never the secret or its hash.
 */
export async function issueApiToken(opts: {
  principal: Principal;
  name: unknown;
  role: unknown;
  sourceId?: unknown;
  sourceKey?: unknown;
}): Promise<IssuedApiToken> {
  authorize(opts.principal, "users.manage");
  const { sourceKey, ...input } = parseInput(issueSchema, { name: opts.name, role: opts.role, sourceId: opts.sourceId, sourceKey: opts.sourceKey });
  return sql.begin(async (tx) => {
    const [source] = input.sourceId
      ? await tx<{ id: string; key: string }[]>`SELECT id, key FROM "Source" WHERE id = ${input.sourceId} FOR SHARE`
      : sourceKey
        ? await tx<{ id: string; key: string }[]>`SELECT id, key FROM "Source" WHERE key = ${sourceKey} FOR SHARE`
        : [];
    if (input.sourceId && !source) throw new AppError("VALIDATION_FAILED", "Source: that source no longer exists; reload the page.", [{ path: "sourceId", message: "no such source" }]);
    if (sourceKey && !source) throw new AppError("VALIDATION_FAILED", `Source: no source has the key “${sourceKey}”.`, [{ path: "sourceKey", message: "no such source" }]);
    const createdById = opts.principal.kind === "user" ? opts.principal.id : null;
    const token = await createApiToken({ ...input, sourceId: source?.id ?? null, createdById, tx });
    const after = { name: input.name, role: input.role, source: source?.key ?? null, prefix: token.prefix };
    await recordAudit(tx, opts.principal, new Date(), { action: "token.create", targetType: "ApiToken", targetId: token.id, after });
    return { id: token.id, secret: token.secret, ...after };
  });
}
