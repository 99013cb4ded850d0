import { can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { listComments, type CommentTarget } from "@/src/stewardship/comments";
import { formatTime } from "@/app/components/format";
import { CommentForm } from "./comment-form";

type Props = { targetType: CommentTarget; targetId: string; path: string; principal: Principal };

/** The comments on one suspect, record or request, and a box to add one for those who may. */
export async function CommentsPanel({ targetType, targetId, path, principal }: Props) {
  const comments = await listComments({ targetType, targetId });
  return (
    <div className="comments">
      {comments.length ? (
        <ol className="plain comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <div className="small muted">
                {c.author} · {formatTime(c.createdAt)}
              </div>
              <p>
                <bdi>{c.body}</bdi>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="small muted">No comments yet.</p>
      )}
      {can(principal, "comments.write") && <CommentForm targetType={targetType} targetId={targetId} path={path} />}
    </div>
  );
}
