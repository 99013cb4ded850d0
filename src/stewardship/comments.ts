import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";
import { AppError } from "@/src/errors";

/** What stewards can comment on: the things they decide about. */
export const commentTargets = ["DuplicateSuspect", "GoldenRecord", "ChangeRequest"] as const;
export type CommentTarget = (typeof commentTargets)[number];

export type CommentRow = { id: string; author: string; body: string; createdAt: Date };

const body = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(2000, "Keep a comment under 2,000 characters.")
  .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), "The comment holds control characters; paste it as plain text.");

/** A steward leaves a remark for the next person looking at the same suspect, record or request; audited like every steward action. */
export async function addComment(opts: { targetType: CommentTarget; targetId: string; body: string; principal: Principal }): Promise<CommentRow> {
  authorize(opts.principal, "comments.write");
  const parsed = body.safeParse(opts.body);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", parsed.error.issues[0].message, [{ path: "body", message: parsed.error.issues[0].message }]);
  const row = { id: randomUUID(), targetType: opts.targetType, targetId: opts.targetId, author: opts.principal.label, body: parsed.data, createdAt: new Date() };
  await sql.begin(async (tx) => {
    await tx`INSERT INTO "Comment" ${tx(row)}`;
    await recordAudit(tx, opts.principal, row.createdAt, { action: "comment.add", targetType: opts.targetType, targetId: opts.targetId, data: { commentId: row.id } });
  });
  return row;
}

/** The conversation about one suspect, record or request, oldest first as it was written. */
export async function listComments(opts: { targetType: CommentTarget; targetId: string }): Promise<CommentRow[]> {
  return prisma.comment.findMany({
    where: { targetType: opts.targetType, targetId: opts.targetId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, author: true, body: true, createdAt: true },
  });
}
