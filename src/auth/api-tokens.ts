import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Role } from "@/prisma/generated/client";
import { prisma, sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import type { Principal } from "./principal";


const PREFIX = "ghk_";

function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Creates an API token and returns its secret, which is shown once: only its
 * hash is stored, so a database leak does not leak working tokens. Given a
 * transaction, it writes in it, so an admin's audit entry commits with it.
 */
export async function createApiToken(opts: {
  name: string;
  role: Role;
  sourceId?: string | null;
  createdById?: string | null;
  tx?: Tx;
}): Promise<{ id: string; secret: string; prefix: string }> {
  const db = opts.tx ?? sql;
  const secret = PREFIX + randomBytes(24).toString("base64url");
  const token = {
    id: randomUUID(),
    name: opts.name,
    role: opts.role,
    sourceId: opts.sourceId ?? null,
    createdById: opts.createdById ?? null,
    tokenHash: digest(secret),
    prefix: secret.slice(0, PREFIX.length + 6),
    createdAt: new Date(),
  };
  await db`INSERT INTO "ApiToken" ${db(token)}`;
  return { id: token.id, secret, prefix: token.prefix };
}

/** Reads `Authorization: Bearer <token>`; null when the header is absent. */
export function bearerToken(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be 'Bearer <token>'.");
  return match[1];
}

/** `lastUsedAt` says when a token was last used to the minute: writing it on every request cost each API call a write. */
const LAST_USED_EVERY_MS = 60_000;
const lastWritten = new Map<string, number>();

/**
 * Resolves a bearer secret to the principal it stands for, refusing unknown
 * and revoked tokens. Read on every request (so a revocation holds from the
 * next one), in one plain statement: this is the hot path of every API call.
 */
export async function verifyApiToken(secret: string): Promise<Principal> {
  const [token] = await sql<{ id: string; name: string; role: Role; sourceId: string | null; revokedAt: Date | null }[]>`
    SELECT id, name, role, "sourceId", "revokedAt" FROM "ApiToken" WHERE "tokenHash" = ${digest(secret)}`;
  if (!token) throw new AppError("UNAUTHENTICATED", "The API token is not recognised.");
  if (token.revokedAt) throw new AppError("UNAUTHENTICATED", "The API token was revoked.");
  const now = Date.now();
  if (now - (lastWritten.get(token.id) ?? 0) >= LAST_USED_EVERY_MS) {
    lastWritten.set(token.id, now);
    await sql`UPDATE "ApiToken" SET "lastUsedAt" = ${new Date(now)} WHERE id = ${token.id}`;
  }
  return { kind: "token", id: token.id, label: `token:${token.name}`, role: token.role, sourceId: token.sourceId };
}

/** Revokes a token; requests carrying it are refused from then on. */
export async function revokeApiToken(id: string): Promise<void> {
  await prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}
