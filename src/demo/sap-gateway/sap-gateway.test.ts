import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedCustomers } from "@/src/demo/shared-customers";
import { seedPartners } from "./seed-partners";
import { startSapGateway, type SapGateway } from "./start-sap-gateway";

let gateway: SapGateway;
const get = (path: string, auth = true) =>
  fetch(`${gateway.serviceUrl}${path}`, {
    headers: auth ? { authorization: `Basic ${Buffer.from(`${gateway.username}:${gateway.password}`).toString("base64")}` } : {},
  });

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 25, sharedCustomers: 2, pageSize: 4 });
});
afterAll(() => gateway.close());

describe("the demo SAP gateway", () => {
  it("asks for a logon with an HTML page and a Basic challenge, as ICF does", async () => {
    const res = await get("A_BusinessPartner", false);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic realm="SAP NetWeaver/);
    expect(await res.text()).toContain("<html>");
  });

  it("serves a trimmed $metadata with the entity types and navigation the connector expands", async () => {
    const xml = await (await get("$metadata")).text();
    for (const type of ["A_BusinessPartnerType", "A_BusinessPartnerAddressType", "A_AddressEmailAddressType", "A_AddressPhoneNumberType", "A_BuPaIdentificationType", "A_BusinessPartnerTaxNumberType"]) {
      expect(xml).toContain(`<EntityType Name="${type}">`);
    }
    expect(xml).toContain('<NavigationProperty Name="to_BuPaIdentification"');
    expect(xml).toContain('<Property Name="LastChangeTime" Type="Edm.Time"');
    expect(xml.match(/<EntitySet /g)).toHaveLength(6);
  });

  it("applies $skip and $top before its own paging, with __count and a __next that keeps the request's options", async () => {
    const body = await (await get("A_BusinessPartner?$orderby=BusinessPartner%20desc&$skip=2&$top=6&$inlinecount=allpages")).json();
    expect(body.d.__count).toBe("25");
    expect(body.d.results.map((p: { BusinessPartner: string }) => p.BusinessPartner)).toEqual(["1000022", "1000021", "1000020", "1000019"]);
    expect(body.d.results[0].to_BusinessPartnerAddress).toHaveProperty("__deferred");
    expect(body.d.__next).toMatch(/A_BusinessPartner\?\$orderby=BusinessPartner%20desc&\$skip=2&\$top=6&\$inlinecount=allpages&\$skiptoken=4$/);
    const next = await (await fetch(body.d.__next, { headers: { authorization: `Basic ${Buffer.from(`${gateway.username}:${gateway.password}`).toString("base64")}` } })).json();
    expect(next.d.results.map((p: { BusinessPartner: string }) => p.BusinessPartner)).toEqual(["1000018", "1000017"]);
    expect(next.d).not.toHaveProperty("__next");
  });

  it("answers an unknown entity set with an OData 404", async () => {
    const res = await get("A_Customer");
    expect(res.status).toBe(404);
    expect((await res.json()).error.message.value).toContain("A_Customer");
  });

  it("seeds the same partners for the same seed, and plants the shared customers among them", () => {
    const a = seedPartners({ count: 40, sharedCount: 3, seed: 5 });
    expect(seedPartners({ count: 40, sharedCount: 3, seed: 5 })).toEqual(a);
    expect(seedPartners({ count: 40, sharedCount: 3, seed: 6 })).not.toEqual(a);
    const shared = sharedCustomers(3);
    expect([a[0], a[10], a[20]].map((p) => p.addresses[0].postalCode)).toEqual(shared.map((c) => c.postalCode));
    expect(sharedCustomers(2)).toEqual(shared.slice(0, 2));
    expect(new Set(a.map((p) => p.category))).toEqual(new Set(["1", "2"]));
    expect(new Set(a.map((p) => p.addresses[0].country))).toEqual(new Set(["DE", "US", "GB", "FR"]));
  });
});
