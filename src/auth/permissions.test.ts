import { describe, expect, it } from "vitest";
import type { Role } from "@/prisma/generated/client";
import { AppError } from "@/src/errors";
import { actions, authorize, can, refusal } from "./permissions";
import { systemPrincipal, type Principal } from "./principal";

const user = (role: Role): Principal => ({ kind: "user", id: `u-${role}`, label: `user:${role.toLowerCase()}@test`, role, sourceId: null });
const token = (role: Role, sourceId: string | null = null): Principal => ({ kind: "token", id: `t-${role}`, label: `token:${role}`, role, sourceId });

const admin = user("ADMIN");
const steward = user("STEWARD");
const viewer = user("VIEWER");
const crm = { sourceId: "crm" };
const erp = { sourceId: "erp" };

describe("can", () => {
  it("refuses every action to nobody", () => {
    for (const action of actions) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
    }
  });

  it("lets anyone signed in or holding a token read records", () => {
    for (const p of [admin, steward, viewer, token("VIEWER", "crm")]) expect(can(p, "records.read")).toBe(true);
  });

  it("lets stewards and admins push records, never a viewer", () => {
    expect(can(admin, "records.push", crm)).toBe(true);
    expect(can(token("STEWARD"), "records.push", crm)).toBe(true);
    expect(can(viewer, "records.push", crm)).toBe(false);
    expect(can(token("VIEWER", "crm"), "records.push", crm)).toBe(false);
  });

  it("keeps a source-bound token to its own source", () => {
    const crmToken = token("STEWARD", "crm");
    expect(can(crmToken, "records.push", crm)).toBe(true);
    expect(can(crmToken, "records.push", erp)).toBe(false);
    expect(can(token("ADMIN", "crm"), "records.push", erp)).toBe(false);
    expect(can(token("ADMIN"), "records.push", erp)).toBe(true);
  });

  it("shows a source-bound token only its own source's batches, and an unbound one every batch", () => {
    expect(can(token("VIEWER", "crm"), "batches.read", crm)).toBe(true);
    expect(can(token("STEWARD", "crm"), "batches.read", erp)).toBe(false);
    expect(can(token("VIEWER"), "batches.read", erp)).toBe(true);
    expect(can(admin, "batches.read", erp)).toBe(true);
  });

  it("lets stewards and admins decide suspects, not viewers", () => {
    expect(can(admin, "suspects.decide")).toBe(true);
    expect(can(steward, "suspects.decide")).toBe(true);
    expect(can(token("STEWARD"), "suspects.decide")).toBe(true);
    expect(can(viewer, "suspects.decide")).toBe(false);
  });

  it("lets only admins manage matching", () => {
    expect(can(admin, "matching.manage")).toBe(true);
    expect(can(steward, "matching.manage")).toBe(false);
    expect(can(viewer, "matching.manage")).toBe(false);
    expect(can(admin, "sources.manage")).toBe(true);
    expect(can(steward, "sources.manage")).toBe(false);
  });

  it("lets the hub itself do what an admin may, so the command line and workers are never refused, except approve a change request", () => {
    const cli = systemPrincipal("cli");
    expect(cli.label).toBe("cli");
    for (const action of actions.filter((a) => a !== "requests.approve")) expect(can(cli, action)).toBe(can(admin, action));
    // Four-eyes means a second person: neither the hub nor an API token (whose id is not its owner's) can be one.
    expect(can(cli, "requests.approve", { requestedById: "someone" })).toBe(false);
    expect(can({ ...cli, kind: "token" }, "requests.approve", { requestedById: "someone" })).toBe(false);
  });
});

describe("authorize", () => {
  it("passes silently when the policy allows", () => {
    expect(() => authorize(admin, "matching.manage")).not.toThrow();
  });

  it("throws FORBIDDEN with the action's sentence, or the caller's", () => {
    expect(() => authorize(steward, "matching.manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN", message: refusal("matching.manage") }));
    const pushElsewhere = () => authorize(token("STEWARD", "crm"), "records.push", erp, "This token may not push records to source 'erp'.");
    expect(pushElsewhere).toThrow(AppError);
    expect(pushElsewhere).toThrow(expect.objectContaining({ code: "FORBIDDEN", message: "This token may not push records to source 'erp'." }));
  });

  it("has a sentence for every action", () => {
    for (const action of actions) expect(refusal(action)).toMatch(/\w.*\.$/);
  });
});
