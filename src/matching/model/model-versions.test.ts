import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { systemPrincipal, type Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { ingestChunk } from "@/src/ingest/ingest-chunk";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { activateModel } from "./activate-model";
import { defaultModel } from "./default-model";
import { loadActiveModel } from "./load-active-model";
import { retrainModel } from "./retrain-model";
import { setThresholds } from "./set-thresholds";
import { defaultThresholds } from "./thresholds";

const system = systemPrincipal("test");
const admin: Principal = { kind: "user", id: "admin", label: "user:admin@test", role: "ADMIN", sourceId: null };

describe("matching model versions", () => {
  afterAll(async () => {
    // Other test files match with whatever is active: leave the built-in model and thresholds in force.
    const { version: _, ...parameters } = defaultModel;
    const reset = await prisma.matchModel.create({ data: { parameters, thresholds: defaultThresholds(), createdBy: "test" } });
    await activateModel({ modelId: reset.id, principal: system });
  });

  it("keeps every threshold change as a new active version and refuses a review threshold above auto-merge", async () => {
    const thresholds = { person: { auto: 0.95, review: 0.7 }, organization: { auto: 0.9, review: 0.5 } };
    const { version } = await setThresholds({ thresholds, principal: admin });
    const active = await loadActiveModel();
    expect(active).toMatchObject({ version: `v${version}`, thresholds });
    const bad = setThresholds({ thresholds: { ...thresholds, person: { auto: 0.5, review: 0.8 } }, principal: admin });
    await expect(bad).rejects.toBeInstanceOf(AppError);
    await expect(bad).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [expect.objectContaining({ path: "person" })] });
    expect((await loadActiveModel({ fresh: true })).version).toBe(`v${version}`);
  });

  it("keeps the within-source bar with the version and refuses one below the auto-merge threshold", async () => {
    const thresholds = { person: { auto: 0.9, review: 0.5, sameSource: 0.98 }, organization: { auto: 0.9, review: 0.5, sameSource: 0.995 } };
    const { version } = await setThresholds({ thresholds, principal: admin });
    expect(await loadActiveModel({ fresh: true })).toMatchObject({ version: `v${version}`, thresholds });
    const bad = setThresholds({ thresholds: { ...thresholds, organization: { auto: 0.9, review: 0.5, sameSource: 0.8 } }, principal: admin });
    await expect(bad).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [expect.objectContaining({ path: "organization.sameSource" })] });
  });

  it("refuses a steward before changing anything, and records the admin's label as the actor", async () => {
    const steward: Principal = { ...admin, label: "user:steward@test", role: "STEWARD" };
    const before = await prisma.matchModel.count();
    const refused = { code: "FORBIDDEN", message: "Only administrators can change the matching model." };
    await expect(setThresholds({ thresholds: defaultThresholds(), principal: steward })).rejects.toMatchObject(refused);
    await expect(retrainModel({ principal: steward, sample: 10 })).rejects.toMatchObject(refused);
    // Refused before the model is even looked up, so an unknown id is refused too rather than reported missing.
    await expect(activateModel({ modelId: "any-model", principal: steward })).rejects.toMatchObject(refused);
    expect(await prisma.matchModel.count()).toBe(before);

    const { version } = await setThresholds({ thresholds: defaultThresholds(), principal: admin });
    const row = await prisma.matchModel.findFirstOrThrow({ where: { version } });
    expect(row).toMatchObject({ createdBy: "user:admin@test", activatedBy: "user:admin@test" });
  });

  it("retrains a draft with its expected quality, and activating it retires the previous version", async () => {
    const { source } = await sourceWithToken();
    const matching = await loadActiveModel({ fresh: true });
    for (let i = 0; i < 6; i++) {
      const attributes = { firstName: "Ingrid", lastName: `Berg${unique()}`, email: `ingrid.${i}.${unique()}@example.se`, city: "Malmö" };
      await ingestChunk({ source, records: [{ externalId: `T-${i}`, attributes }], matching, principal: systemPrincipal("test") });
      await ingestChunk({ source, records: [{ externalId: `U-${i}`, attributes: { ...attributes, firstName: "INGRID" } }], matching, principal: systemPrincipal("test") });
    }
    const draft = await retrainModel({ principal: admin, sample: 200 });
    expect(draft.status).toBe("DRAFT");
    expect(draft.training).toMatchObject({ startedFrom: matching.version });
    expect((draft.training as { pairs: number }).pairs).toBeGreaterThan(0);
    expect(draft.quality).toMatchObject({ autoMerge: { precision: expect.any(Number), recall: expect.any(Number) } });
    expect(draft.parameters).toMatchObject({ frequencies: { firstName: { counts: expect.objectContaining({ ingrid: expect.any(Number) }) } } });
    expect((await loadActiveModel({ fresh: true })).version).toBe(matching.version);

    await activateModel({ modelId: draft.id, principal: admin });
    expect((await loadActiveModel()).version).toBe(`v${draft.version}`);
    expect(await prisma.matchModel.count({ where: { status: "ACTIVE" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "matching.activate", targetId: draft.id } })).toBe(1);
  });

  it("weighs a level a stored model has never seen as the built-in model does, and keeps saying so after a threshold change", async () => {
    const { version: _, ...parameters } = defaultModel;
    const { oneDigit: __, ...olderPhone } = parameters.fields.phone;
    const older = await prisma.matchModel.create({
      data: { parameters: { ...parameters, fields: { ...parameters.fields, phone: olderPhone } }, thresholds: defaultThresholds(), createdBy: "test" },
    });
    await activateModel({ modelId: older.id, principal: system });
    const { model, builtInLevels } = await loadActiveModel({ fresh: true });
    expect(model.fields.phone.oneDigit).toEqual(defaultModel.fields.phone.oneDigit);
    expect(model.fields.phone.exact).toEqual(olderPhone.exact);
    expect(builtInLevels).toEqual([{ field: "phone", level: "oneDigit" }]);
    await setThresholds({ thresholds: { ...defaultThresholds(), person: { auto: 0.97, review: 0.6 } }, principal: system });
    const afterThresholds = await loadActiveModel({ fresh: true });
    // Saved without a within-source bar, the version reads with the configured one (never below its own auto-merge bar).
    expect(afterThresholds.thresholds.person).toEqual({ auto: 0.97, review: 0.6, sameSource: 0.999 });
    expect(afterThresholds.builtInLevels).toEqual([{ field: "phone", level: "oneDigit" }]);
  });
});
