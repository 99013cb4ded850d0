import { base, en, Faker } from "@faker-js/faker";
import { demoCustomer } from "@/src/demo/shared-customers";
import { businessAccountFields, contactFields, personAccountFields } from "./customer-fields";
import type { DemoOrg } from "./demo-org";
import type { DemoEntity, DemoSObject } from "./sobject-fields";

/** What one tick did, for a log line or a test. */
export type TrickleChange = { kind: "create" | "update" | "delete" | "undelete"; entity: DemoEntity; ids: string[] };

/**
 * The demo CRM's steady trickle of work: mostly new customers and edits (a
 * new phone, a move), now and then a deletion and an undo from the recycle
 * bin. Seeded, so a run with the same seed does the same things.
 */
export function createTrickle(org: DemoOrg, seed: number): () => TrickleChange {
  const f = new Faker({ locale: [en, base], seed });
  let created = 0;
  const pick = (entity: DemoEntity, deleted: boolean): DemoSObject | undefined => {
    const candidates = [...org.records[entity].values()].filter((r) => r.IsDeleted === deleted);
    return candidates.length ? f.helpers.arrayElement(candidates) : undefined;
  };

  return () => {
    const entity: DemoEntity = f.datatype.boolean() ? "Account" : "Contact";
    const roll = f.number.int(99);
    if (roll < 10) {
      const bin = pick(entity, true);
      if (bin) {
        org.undelete(entity, bin.Id);
        return { kind: "undelete", entity, ids: [bin.Id] };
      }
    }
    if (roll < 20) {
      const doomed = pick(entity, false);
      if (doomed) {
        org.delete(entity, [doomed.Id]);
        return { kind: "delete", entity, ids: [doomed.Id] };
      }
    }
    if (roll < 60) {
      const record = pick(entity, false);
      if (record) {
        const email = record.IsPersonAccount ? "PersonEmail" : "Email";
        const city = record.IsPersonAccount ? "PersonMailingCity" : entity === "Contact" ? "MailingCity" : "BillingCity";
        const change = f.helpers.arrayElement([{ Phone: f.phone.number({ style: "international" }) }, { [city]: f.location.city() }, ...(entity === "Contact" || record.IsPersonAccount ? [{ [email]: f.internet.email().toLowerCase() }] : [])]);
        org.update(entity, [record.Id], change);
        return { kind: "update", entity, ids: [record.Id] };
      }
    }
    const customer = demoCustomer(created++, seed, "sf-new");
    if (customer.kind === "organization") {
      const company = org.create("Account", businessAccountFields(customer, `ACC-N${String(created).padStart(5, "0")}`));
      return { kind: "create", entity: "Account", ids: [company.Id] };
    }
    const made = entity === "Account" ? org.create("Account", personAccountFields(customer)) : org.create("Contact", contactFields(customer, null));
    return { kind: "create", entity, ids: [made.Id] };
  };
}
