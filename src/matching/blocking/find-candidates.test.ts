import { systemPrincipal } from "@/src/auth/principal";
import { describe, expect, it } from "vitest";
import { ingestChunk } from "@/src/ingest/ingest-chunk";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { findCandidates } from "./find-candidates";
import { defaultModel } from "@/src/matching/model/default-model";
import { standardizeRecord } from "@/src/standardize/record";

/** Thresholds no pair reaches, so every record stays its own golden record and only blocking is under test. */
const apart = { model: defaultModel, thresholds: { person: { auto: 2, review: 2, sameSource: 2 }, organization: { auto: 2, review: 2, sameSource: 2 } } };

describe("findCandidates", () => {
  it("reaches a duplicate through whichever key survived its errors", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const stored = {
      firstName: "Margarete",
      lastName: `Meyer${t}`,
      email: `m.meyer.${t}@example.de`,
      phone: `+4930${t.replace(/\D/g, "").padEnd(8, "7").slice(0, 8)}`,
      dateOfBirth: "1961-04-12",
      postalCode: "10115",
      taxId: `DE${t}`,
    };
    await ingestChunk({ source, records: [{ externalId: "S-1", attributes: stored }], matching: apart, principal: systemPrincipal("test") });
    const found = async (probe: Record<string, string>) =>
      (await findCandidates(standardizeRecord(probe))).some((c) => c.sourceId === source.id && c.externalId === "S-1");

    expect(await found({ firstName: "Xaver", lastName: "Unrelated", email: stored.email })).toBe(true);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated", phone: stored.phone })).toBe(true);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated", taxId: stored.taxId.toLowerCase() })).toBe(true);
    expect(await found({ firstName: "Margarete", lastName: `Meyr${t}` })).toBe(true);
    expect(await found({ firstName: "M", lastName: `Schulz`, dateOfBirth: "12.04.1961" })).toBe(true);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated", email: `m.meyer.${t}@web.de` })).toBe(true);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated", dateOfBirth: "1961-04-12", postalCode: "10115" })).toBe(true);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated", dateOfBirth: "1961-04-12" })).toBe(false);
    expect(await found({ firstName: "Xaver", lastName: "Unrelated" })).toBe(false);
  });

  it("reaches an organization by how its first word sounds in its postal code, but not through a shared info@ mailbox", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const stored = { organizationName: "Schmidt Logistik GmbH", postalCode: `P${t}`, email: "info@schmidt-logistik.example" };
    await ingestChunk({ source, records: [{ externalId: "O-1", attributes: stored }], matching: apart, principal: systemPrincipal("test") });
    const found = async (probe: Record<string, string>) =>
      (await findCandidates(standardizeRecord(probe))).some((c) => c.sourceId === source.id && c.externalId === "O-1");

    expect(await found({ organizationName: "Schmitt Spedition KG", postalCode: `P${t}` })).toBe(true);
    expect(await found({ organizationName: "Schmitt Spedition KG", postalCode: "99999" })).toBe(false);
    expect(await found({ organizationName: `Quade ${t} AG`, email: "info@quade.example" })).toBe(false);
  });

  it("searches a record by its name as last edited", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const ingest = (lastName: string) =>
      ingestChunk({ source, records: [{ externalId: "N-1", attributes: { firstName: "Walburga", lastName } }], matching: apart, principal: systemPrincipal("test") });
    await ingest(`Oberhauser${t}`);
    await ingest(`Quintanilla${t}`);
    const found = async (lastName: string) =>
      (await findCandidates(standardizeRecord({ firstName: "Walburga", lastName }))).some((c) => c.sourceId === source.id);
    expect(await found(`Quintanila${t}`)).toBe(true);
    expect(await found(`Oberhauser${t}`)).toBe(false);
  });

  it("finds a name written without its particles, and not a stranger who only shares them", async () => {
    const { source } = await sourceWithToken();
    await ingestChunk({ source, records: [{ externalId: "P-1", attributes: { firstName: "Anna", lastName: "van der Meer" } }], matching: apart, principal: systemPrincipal("test") });
    const found = async (lastName: string) =>
      (await findCandidates(standardizeRecord({ firstName: "Anna", lastName }))).some((c) => c.sourceId === source.id);
    expect(await found("Meer")).toBe(true);
    expect(await found("van den Meer")).toBe(true);
    expect(await found("van der Veen")).toBe(false);
  });
});
