import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { parseInput } from "./parse-input";
import { authorize } from "./permissions";
import type { Principal } from "./principal";

const revokeSchema = z.object({ tokenId: z.string().refine(isRecordId, "Token: reload the page and choose again.") });

/**
 * An admin withdraws a token: every request carrying it is refused from then
 * on (verification reads `revokedAt`). Revoking cannot be undone; a system
 * that still needs access gets a new token, so a leaked one stays dead.
 */
export async function revokeIssuedToken(opts: { principal: Principal; tokenId: unknown }): Promise<{ name: string }> {
  authorize(opts.principal, "users.manage");
  const { tokenId } = parseInput(revokeSchema, { tokenId: opts.tokenId });
  return sql.begin(async (tx) => {
    const [token] = await tx<{ id: string; name: string; revokedAt: Date | null }[]>`
      SELECT id, name, "revokedAt" FROM "ApiToken" WHERE id = ${tokenId} FOR UPDATE`;
    if (!token) throw new AppError("NOT_FOUND", "No API token has that id; reload the page.");
    if (token.revokedAt) throw new AppError("CONFLICT", `The token “${token.name}” was already revoked.`);
    const at = new Date();
    await tx`UPDATE "ApiToken" SET "revokedAt" = ${at} WHERE id = ${token.id}`;
    await recordAudit(tx, opts.principal, at, { action: "token.revoke", targetType: "ApiToken", targetId: token.id, before: { revoked: false }, after: { revoked: true }, data: { name: token.name } });
    return { name: token.name };
  });
}
