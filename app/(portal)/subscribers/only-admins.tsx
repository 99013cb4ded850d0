import { refusal } from "@/src/auth/permissions";

/** What someone who may not manage subscribers sees instead of the page: plainly who may, never an error page. */
export function OnlyAdmins({ title }: { title: string }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <p className="notice warn" role="alert">
        {refusal("subscribers.manage")} Ask an administrator to add a subscriber for your system, or to look into its deliveries.
      </p>
    </div>
  );
}
