import { faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { nearDuplicate } from "./near-duplicates";

export type SyntheticRecord = { source: "crm" | "erp"; externalId: string; attributes: CustomerAttributes };

function person(): CustomerAttributes {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  return {
    firstName,
    lastName,
    email: faker.internet.email({ firstName, lastName }).toLowerCase(),
    phone: faker.phone.number({ style: "international" }),
    dateOfBirth: faker.date.birthdate({ min: 18, max: 85, mode: "age" }).toISOString().slice(0, 10),
    street: faker.location.street(),
    houseNumber: faker.location.buildingNumber(),
    city: faker.location.city(),
    postalCode: faker.location.zipCode("#####"),
    country: "US",
  };
}

const crmId = (n: number) => `003${String(n).padStart(6, "0")}`;
const erpId = (n: number) => `10${String(n).padStart(6, "0")}`;

/**
 * A demo population with planted duplicates: every customer is in the CRM;
 * some also sit in the ERP, typed again by someone else (sure matches), and
 * one in five has a near-duplicate (a typo, a nickname, a move, a number
 * written another way) in the ERP or entered twice in the CRM, which matching
 * leaves to a steward: the queue a newcomer works first.
 */
export function syntheticCustomers(count: number, seed = 42): SyntheticRecord[] {
  faker.seed(seed);
  const out: SyntheticRecord[] = [];
  for (let i = 0; i < count; i++) {
    const p = person();
    out.push({ source: "crm", externalId: crmId(i), attributes: p });
    const roll = i % 10;
    if (roll < 3) {
      out.push({ source: "erp", externalId: erpId(i), attributes: { ...p, firstName: p.firstName?.toUpperCase(), phone: undefined } });
    } else if (roll === 3) {
      out.push({ source: "erp", externalId: erpId(i), attributes: nearDuplicate(p, Math.floor(i / 10)) });
    } else if (roll === 4) {
      out.push({ source: "crm", externalId: crmId(count + i), attributes: nearDuplicate(p, Math.floor(i / 10) + 4) });
    }
  }
  return out;
}
