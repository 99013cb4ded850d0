import { authorize, can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";

// A bulk export hands out every customer at once, so it is an administrator's
// act. The policy has no action of its own for it yet; the administrators'
// `users.manage` stands in, with a refusal that names what was refused.
const action = "users.manage";
const refusalText = "Only administrators can download exports.";

/** Whether the portal shows the Exports page to this person. */
export const canExport = (principal: Principal | null | undefined) => can(principal, action);

/** The sentence the Exports page shows someone who may not export. */
export const exportRefusal = () => refusalText;

/** Throws FORBIDDEN unless the principal may download exports. */
export function authorizeExport(principal: Principal): void {
  authorize(principal, action, undefined, refusalText);
}
