import type { Role } from "@/prisma/generated/client";

/** Each role with what it lets a person do, so an admin picks knowingly. */
export const roleOptions: { value: Role; label: string; hint: string }[] = [
  { value: "ADMIN", label: "Admin", hint: "everything, including users and API tokens" },
  { value: "APPROVER", label: "Approver", hint: "a steward who also approves others' change requests" },
  { value: "STEWARD", label: "Steward", hint: "decides suspects and corrects records" },
  { value: "VIEWER", label: "Viewer", hint: "reads records, changes nothing" },
];
