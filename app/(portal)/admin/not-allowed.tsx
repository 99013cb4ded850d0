import { refusal } from "@/src/auth/permissions";

/** What someone without `users.manage` sees instead of an admin page: which role is missing, never an error page. */
export function NotAllowed({ title }: { title: string }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <p className="notice warn" role="alert">
        {refusal("users.manage")} Ask an administrator if you need access.
      </p>
    </div>
  );
}
