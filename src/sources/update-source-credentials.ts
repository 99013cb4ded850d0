import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { parseConnectorSettings, type Connector } from "./connector-settings";
import { sealCredentials } from "./source-credentials";
import { CREDENTIALS_PAUSE } from "./sync/credentials-pause";

const inputSchema = z.object({
  sourceId: z.string({ error: "reload the page and choose again" }).refine(isRecordId, "reload the page and choose again"),
  credentials: z.record(z.string(), z.unknown(), { error: "must be an object" }),
});

/**
 * Replaces a connector source's credentials (a rotated password, a new
 * refresh token), checked against its stored settings first. A pause the hub
 * set because the old credentials were refused ends here, since new
 * credentials are what it waited for; an admin's own pause stays.
 */
export async function updateSourceCredentials(opts: { principal: Principal; sourceId: unknown; credentials: unknown }): Promise<void> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(inputSchema, { sourceId: opts.sourceId, credentials: opts.credentials });
  await sql.begin(async (tx) => {
    const [source] = await tx<{ id: string; key: string; connector: Connector | null; connectorConfig: unknown; pausedReason: string | null }[]>`
      SELECT id, key, connector, "connectorConfig", "pausedReason" FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`;
    if (!source) throw new AppError("NOT_FOUND", "That source no longer exists. Reload the page.");
    if (!source.connector) throw new AppError("CONFLICT", "This source pushes its records to the hub; it has no credentials to store.");
    parseConnectorSettings(source.connector, source.connectorConfig, input.credentials);
    const unpause = source.pausedReason?.startsWith(CREDENTIALS_PAUSE) ?? false;
    const at = new Date();
    await tx`UPDATE "Source" SET credentials = ${sealCredentials(input.credentials)},
      "pausedAt" = CASE WHEN ${unpause} THEN NULL ELSE "pausedAt" END,
      "pausedReason" = CASE WHEN ${unpause} THEN NULL ELSE "pausedReason" END
      WHERE id = ${source.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "source.credentials",
      targetType: "Source",
      targetId: source.id,
      data: { key: source.key, resumed: unpause },
    });
  });
}
