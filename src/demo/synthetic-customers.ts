import { faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";

export type SyntheticRecord = { source: "crm" | "erp"; externalId: string; attributes: CustomerAttributes };

/** Swaps two neighbouring letters: the commonest typing error. */
function typo(s: string): string {
  if (s.length < 4) return s;
  const i = faker.number.int({ min: 1, max: s.length - 2 });
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

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

/**
 * A demo population with planted duplicates: every customer is in the CRM;
 * some also sit in the ERP, typed again by someone else (sure matches), and
 * some with a typo and no email (for a steward to decide).
 */
export function syntheticCustomers(count: number, seed = 42): SyntheticRecord[] {
  faker.seed(seed);
  const out: SyntheticRecord[] = [];
  for (let i = 0; i < count; i++) {
    const p = person();
    out.push({ source: "crm", externalId: `003${String(i).padStart(6, "0")}`, attributes: p });
    const roll = i % 10;
    if (roll < 3) {
      out.push({ source: "erp", externalId: `10${String(i).padStart(6, "0")}`, attributes: { ...p, firstName: p.firstName?.toUpperCase(), phone: undefined } });
    } else if (roll === 3) {
      out.push({
        source: "erp",
        externalId: `10${String(i).padStart(6, "0")}`,
        attributes: { ...p, lastName: typo(p.lastName ?? ""), email: undefined, phone: undefined, dateOfBirth: undefined },
      });
    }
  }
  return out;
}
