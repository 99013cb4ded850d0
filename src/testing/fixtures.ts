import { randomBytes } from "node:crypto";
import type { Role } from "@/prisma/generated/client";
import { createApiToken } from "@/src/auth/api-tokens";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";

/** A short unique suffix so tests sharing one database never collide. */
export const unique = () => randomBytes(4).toString("hex");

/** A source with a fresh key and a token allowed to push to it. */
export async function sourceWithToken(opts: { kind?: "CRM" | "ERP" | "API"; priority?: number } = {}) {
  const source = await prisma.source.create({
    data: { key: `src-${unique()}`, name: "Test source", kind: opts.kind ?? "API", priority: opts.priority ?? 50 },
  });
  const token = await createApiToken({ name: `test-${source.key}`, role: "STEWARD", sourceId: source.id });
  return { source, token };
}

/** A Standard Webhooks secret, as subscribers are given. */
export const webhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** A signed-in user as the policy sees one; `label` is what versions and the audit log record. */
export function userPrincipal(role: Role = "STEWARD", label = "user:test"): Principal {
  return { kind: "user", id: label, label, role, sourceId: null };
}
