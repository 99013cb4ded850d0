import Link from "next/link";
import { refusal } from "@/src/auth/permissions";

/** What someone who may not manage sources sees instead of the import: the rule that stops them, and the way back. */
export function ImportNotAllowed() {
  return (
    <div className="page-head">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/sources">Sources</Link> ›
      </nav>
      <h1>Import a CSV file</h1>
      <p className="notice warn" role="alert">
        {refusal("sources.manage")} Importing a file into a source needs the same role: ask an administrator to import it for you.
      </p>
    </div>
  );
}
