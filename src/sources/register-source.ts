import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { parseConnectorSettings, storableConfig } from "./connector-settings";
import { sealCredentials } from "./source-credentials";

const inputSchema = z.object({
  key: z
    .string({ error: "is required" })
    .trim()
    .min(2, "must be at least 2 characters")
    .max(60, "must be at most 60 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens, such as sap-emea"),
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  connector: z.enum(["SALESFORCE", "SAP"], { error: "choose Salesforce or SAP" }),
  config: z.record(z.string(), z.unknown(), { error: "must be an object of connection settings" }),
  credentials: z.record(z.string(), z.unknown(), { error: "must be an object" }),
  mayHoldDuplicates: z.boolean({ error: "must be true or false" }).optional(),
});

const kinds = { SALESFORCE: "CRM", SAP: "ERP" } as const;

/**
 * Registers a Salesforce org or an SAP system as a source. The settings are
 * checked with the connector's own parsers, so a source that cannot be read
 * is refused here with the wrong field named, not at its first sync. The
 * credentials are sealed before they touch the database and appear in no
 * reply, log line or audit entry. The first sync is not queued here: the
 * caller asks for it (requestSync), and the worker schedules the rest.
 */
export async function registerSource(opts: { principal: Principal; input: unknown }): Promise<{ id: string; key: string }> {
  authorize(opts.principal, "sources.manage");
  const input = parseInput(inputSchema, opts.input);
  const settings = parseConnectorSettings(input.connector, input.config, input.credentials);
  const config = storableConfig(settings);
  const sealed = sealCredentials(input.credentials);
  if (await prisma.source.findUnique({ where: { key: input.key }, select: { id: true } })) {
    throw new AppError("VALIDATION_FAILED", `A source with key '${input.key}' exists already.`, [{ path: "key", message: "is taken by another source; choose another" }]);
  }
  const id = crypto.randomUUID();
  const at = new Date();
  try {
    await sql.begin(async (tx) => {
      await tx`INSERT INTO "Source" ${tx({
        id,
        key: input.key,
        name: input.name,
        kind: kinds[input.connector],
        connector: input.connector,
        connectorConfig: tx.json(config as Parameters<typeof tx.json>[0]),
        credentials: sealed,
        mayHoldDuplicates: input.mayHoldDuplicates ?? true,
        createdAt: at,
      })}`;
      await recordAudit(tx, opts.principal, at, {
        action: "source.register",
        targetType: "Source",
        targetId: id,
        after: { key: input.key, name: input.name, connector: input.connector, config, mayHoldDuplicates: input.mayHoldDuplicates ?? true },
      });
    });
  } catch (err) {
    // Two registrations of one key at once: the unique index refuses the second.
    if ((err as { code?: string }).code === "23505") {
      throw new AppError("VALIDATION_FAILED", `A source with key '${input.key}' exists already.`, [{ path: "key", message: "is taken by another source; choose another" }]);
    }
    throw err;
  }
  return { id, key: input.key };
}
export { updateSourceCredentials } from "./update-source-credentials";
