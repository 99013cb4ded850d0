import { demoCustomers, sharedCustomers, type DemoCustomer } from "@/src/demo/shared-customers";
import { businessAccountFields, contactFields, personAccountFields } from "./customer-fields";
import type { DemoOrg } from "./demo-org";

export type SeedOptions = {
  /** the org's own customers */
  customers: number;
  /** customers the demo ERP holds too (planted cross-system duplicates) */
  shared: number;
  seed: number;
};

/** Seeded records date from a fixed day, three per second, so the same seed gives the same org and cursors meet ties. */
const SEED_EPOCH = Date.UTC(2025, 0, 1);

/**
 * Fills the org: companies as business Accounts, people alternately as
 * Person Accounts and as Contacts of a company. Loaded, not created, so the
 * change event log starts empty as in an org that enabled CDC afterwards.
 */
export function seedOrg(org: DemoOrg, opts: SeedOptions): void {
  const customers: DemoCustomer[] = [...demoCustomers(opts.customers, opts.seed, "sf"), ...sharedCustomers(opts.shared)];
  const companies: string[] = [];
  let people = 0;
  customers.forEach((customer, i) => {
    const at = SEED_EPOCH + Math.floor(i / 3) * 1000;
    if (customer.kind === "organization") {
      companies.push(org.load("Account", businessAccountFields(customer, `ACC-${String(i).padStart(6, "0")}`), at).Id);
    } else if (people++ % 2 === 0 || !companies.length) {
      org.load("Account", personAccountFields(customer), at);
    } else {
      org.load("Contact", contactFields(customer, companies[i % companies.length]), at);
    }
  });
}
