import type { Role } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { authorize } from "./permissions";
import type { Principal } from "./principal";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  source: { key: string; name: string } | null;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/**
 * Tokens newest first, with what an admin needs to decide which to revoke:
 * who made it, what it may do, and whether anything still uses it. Never the
 * hash; the prefix is what people recognise a token by. Paged by cursor
 * (`after`: the previous page's `nextCursor`).
 */
export async function listApiTokens(opts: {
  principal: Principal;
  take: number;
  /** the `nextCursor` of the page before */
  after?: string;
}): Promise<{ rows: ApiTokenRow[]; total: number; nextCursor: string | null }> {
  authorize(opts.principal, "users.manage");
  const [tokens, total] = await Promise.all([
    prisma.apiToken.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.take + 1,
      ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
      select: {
        id: true,
        name: true,
        prefix: true,
        role: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        source: { select: { key: true, name: true } },
        createdBy: { select: { email: true } },
      },
    }),
    prisma.apiToken.count(),
  ]);
  const rows = tokens.slice(0, opts.take).map(({ createdBy, ...t }) => ({ ...t, createdBy: createdBy?.email ?? null }));
  return { rows, total, nextCursor: tokens.length > opts.take ? rows[rows.length - 1].id : null };
}
