import { AppError } from "@/src/errors";
import type { Principal } from "./principal";

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
  "suspects.decide": (p: Principal) => p.role === "ADMIN" || p.role === "STEWARD",
  /** change the matching model and its thresholds */
  "matching.manage": (p: Principal) => p.role === "ADMIN",
} as const;

export type Action = keyof typeof rules;
/** Every action, for callers that ask about all of them at once. */
export const actions = Object.keys(rules) as Action[];

/**
 * Actions decided by who asks alone, so they can be GraphQL scopes checked
 * before a resolver runs. The others depend on their target (which source),
 * which only the resolver has: it must call `authorize` with it.
 */
export const untargetedActions = ["records.read", "suspects.decide", "matching.manage"] as const satisfies readonly Action[];
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
  "matching.manage": "Only administrators can change the matching model.",
};

/** The sentence a refusal of the action shows, for callers that refuse without throwing (a form's message, a GraphQL error). */
export function refusal(action: Action): string {
  return refusals[action];
}

/** `can()` for domain operations: throws a FORBIDDEN AppError that names what is missing. */
export function authorize<A extends Action>(principal: Principal, action: A, target?: TargetOf<A>, message?: string): void {
  if (!can(principal, action, target)) throw new AppError("FORBIDDEN", message ?? refusal(action));
}
