import type { Role } from "@/prisma/generated/client";

/**
 * Who is acting: a signed-in user, an API token, or the hub itself (a worker
 * ingesting for a source, the command line run by an operator). Domain
 * operations take this, never a bare actor string, so the policy can decide
 * and versions and the audit log can name who did it.
 */
export type Principal = {
  kind: "user" | "token" | "system";
  id: string;
  /** what versions and the audit log record as the actor, e.g. `user:anna@example.com` */
  label: string;
  role: Role;
  /** set for tokens bound to one source */
  sourceId: string | null;
};

/**
 * The hub acting on its own behalf. It may do what an administrator may,
 * because whoever can run a worker or the command line already holds the
 * database credentials.
 */
export function systemPrincipal(label: string): Principal {
  return { kind: "system", id: label, label, role: "ADMIN", sourceId: null };
}
