import { base, en, Faker } from "@faker-js/faker";
import { demoCustomer } from "@/src/demo/shared-customers";
import type { DemoPartner } from "./demo-partner";
import { partnerFromCustomer } from "./partner-from-customer";
import type { PartnerStore } from "./partner-store";

/** What one tick did, for a log line or a test. */
export type TrickleChange = { kind: "create" | "duplicate" | "update" | "block" | "archive"; id: string };

/** Swaps two neighbouring letters: the commonest typing slip, so a re-entered customer is not an exact copy. */
function typo(f: Faker, s: string): string {
  if (s.length < 4) return s;
  const i = f.number.int({ min: 1, max: s.length - 2 });
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

/** A clerk creating a customer SAP already has: same person or company, a slip in the name, no phone. */
function retyped(f: Faker, original: DemoPartner, id: string, created: Date): DemoPartner {
  const copy = structuredClone(original);
  return {
    ...copy,
    id,
    created,
    blocked: false,
    archived: false,
    lastName: typo(f, copy.lastName),
    organizationNames: copy.organizationNames.map((n, i) => (i === 0 ? typo(f, n) : n)),
    addresses: copy.addresses.map((a) => ({ ...a, id: `${a.id}1`, phone: undefined })),
  };
}

/**
 * The demo ERP's steady trickle of work: mostly new customers and edits
 * (a new e-mail, a move), now and then a customer entered twice, a block or
 * an archiving flag. Seeded, so a run with the same seed does the same things.
 */
export function createTrickle(store: PartnerStore, seed: number): () => TrickleChange {
  const f = new Faker({ locale: [en, base], seed });
  let created = 0;
  const anyPartner = () => f.helpers.arrayElement(store.all());
  return () => {
    const roll = f.number.float();
    if (roll < 0.3) {
      const customer = demoCustomer(created++, seed, "erp-live");
      return { kind: "create", id: store.create((id, at) => partnerFromCustomer(customer, id, at, created)).id };
    }
    if (roll < 0.4) {
      const original = anyPartner();
      return { kind: "duplicate", id: store.create((id, at) => retyped(f, original, id, at)).id };
    }
    if (roll < 0.9) {
      const moved = f.number.float() < 0.5;
      const customer = demoCustomer(created++, seed, "erp-live");
      const id = store.update(anyPartner().id, (p) => {
        const [address] = p.addresses;
        if (moved) Object.assign(address, { street: customer.street, houseNumber: customer.houseNumber, postalCode: customer.postalCode, city: customer.city, region: customer.region ?? "", country: customer.country });
        else address.email = customer.email;
      }).id;
      return { kind: "update", id };
    }
    if (roll < 0.96) return { kind: "block", id: store.block(anyPartner().id).id };
    return { kind: "archive", id: store.archive(anyPartner().id).id };
  };
}
