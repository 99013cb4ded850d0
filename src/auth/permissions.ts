import { AppError } from "@/src/errors";
import type { Principal } from "./principal";

/** Who works the stewards' queue and corrects records: stewards, approvers (stewards who also approve) and admins. */
const isSteward = (p: Principal) => p.role === "ADMIN" || p.role === "APPROVER" || p.role === "STEWARD";

/**
 * Everything the hub lets someone do, each with who may do it. The one place
 * roles are compared: pages, server actions, route handlers, GraphQL scopes
 * and the domain operations themselves all ask `can()`.
 */
const rules = {
  /** read golden records, suspects and lineage */
  "records.read": () => true,
  /** push records into a source; a token bound to a source pushes into that one only */
  "records.push": (p: Principal, target?: { sourceId: string }) =>
    p.role !== "VIEWER" && (!p.sourceId || !target || p.sourceId === target.sourceId),
  /** follow a pushed batch; a token bound to a source sees that source's batches only */
  "batches.read": (p: Principal, target?: { sourceId: string }) => !p.sourceId || !target || p.sourceId === target.sourceId,
  /** merge or rule out duplicate suspects */
  "suspects.decide": isSteward,
  /** take a suspect, hand it to someone, release or defer it */
  "suspects.assign": isSteward,
  /** correct a golden value (a steward override) or clear a correction */
  "records.edit": isSteward,
  /** split source records out of a golden record or undo a merge */
  "records.unmerge": isSteward,
  /** comment on suspects, golden records and change requests */
  "comments.write": isSteward,
  /** approve or reject someone else's change request; nobody approves their own */
  "requests.approve": (p: Principal, target?: { requestedById: string }) =>
    // A person, never a token: a token's id is not its owner's, so "not your own request" could not be told.
    p.kind === "user" && (p.role === "ADMIN" || p.role === "APPROVER") && (!target || target.requestedById !== p.id),
  /** read the audit log */
  "audit.read": (p: Principal) => p.role === "ADMIN" || p.role === "APPROVER",
  /** invite users, change their roles, disable them; create and revoke API tokens */
  "users.manage": (p: Principal) => p.role === "ADMIN",
  /** change survivorship rules and which actions need four-eyes approval */
  "rules.manage": (p: Principal) => p.role === "ADMIN",
  /** change the matching model and its thresholds */
  "matching.manage": (p: Principal) => p.role === "ADMIN",
  /** register connector sources, change their settings and credentials, pause, resume and sync them */
  "sources.manage": (p: Principal) => p.role === "ADMIN",
  /** create, change, disable and rotate subscribers, allowlist private webhook hosts, resend and replay deliveries */
  "subscribers.manage": (p: Principal) => p.role === "ADMIN",
  /** read /api/metrics (Prometheus may also scrape with METRICS_TOKEN, which is no principal) */
  "metrics.read": (p: Principal) => p.role === "ADMIN",
  /** open the job queue board (/admin/queues): see the Redis queues' jobs and errors, retry, clean and pause them */
  "queues.manage": (p: Principal) => p.role === "ADMIN",
} as const;

export type Action = keyof typeof rules;
/** Every action, for callers that ask about all of them at once. */
export const actions = Object.keys(rules) as Action[];

/**
 * Actions decided by who asks alone, so they can be GraphQL scopes checked
 * before a resolver runs. The others depend on their target (which source),
 * which only the resolver has: it must call `authorize` with it.
 */
export const untargetedActions = [
  "records.read",
  "suspects.decide",
  "suspects.assign",
  "records.edit",
  "records.unmerge",
  "comments.write",
  "audit.read",
  "users.manage",
  "rules.manage",
  "matching.manage",
  "sources.manage",
  "subscribers.manage",
  "metrics.read",
] as const satisfies readonly Action[];
export type UntargetedAction = (typeof untargetedActions)[number];
type TargetOf<A extends Action> = Parameters<(typeof rules)[A]>[1];

/** Whether the principal may do the action (to the target, where the action has one); nobody may do anything anonymously. */
export function can<A extends Action>(principal: Principal | null | undefined, action: A, target?: TargetOf<A>): boolean {
  if (!principal) return false;
  return (rules[action] as (p: Principal, t?: TargetOf<A>) => boolean)(principal, target);
}

/** What a refusal says, per action, so a person knows what they are missing. */
const refusals: Record<Action, string> = {
  "records.read": "Sign in or send an API token to read records.",
  "records.push": "This principal may not push records to that source.",
  "batches.read": "This principal may not read batches of that source.",
  "suspects.decide": "Only stewards and admins can decide duplicate suspects.",
  "suspects.assign": "Only stewards and admins can assign or defer suspects.",
  "records.edit": "Only stewards and admins can correct golden records.",
  "records.unmerge": "Only stewards and admins can unmerge golden records.",
  "comments.write": "Only stewards and admins can comment.",
  "requests.approve": "Only approvers and admins, signed in as themselves, can decide change requests, and never their own.",
  "audit.read": "Only approvers and admins can read the audit log.",
  "users.manage": "Only administrators can manage users and API tokens.",
  "rules.manage": "Only administrators can change survivorship rules and approval settings.",
  "matching.manage": "Only administrators can change the matching model.",
  "sources.manage": "Only administrators can register, pause and sync sources.",
  "subscribers.manage": "Only administrators can manage subscribers and their deliveries.",
  "metrics.read": "Only administrators, or Prometheus with METRICS_TOKEN, can read the metrics.",
  "queues.manage": "Only administrators can open the job queues.",
};

/** The sentence a refusal of the action shows, for callers that refuse without throwing (a form's message, a GraphQL error). */
export function refusal(action: Action): string {
  return refusals[action];
}

/** `can()` for domain operations: throws a FORBIDDEN AppError that names what is missing. */
export function authorize<A extends Action>(principal: Principal, action: A, target?: TargetOf<A>, message?: string): void {
  if (!can(principal, action, target)) throw new AppError("FORBIDDEN", message ?? refusal(action));
}
