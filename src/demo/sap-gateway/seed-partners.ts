import { base, en, Faker } from "@faker-js/faker";
import { demoCustomers, sharedCustomers } from "@/src/demo/shared-customers";
import type { DemoPartner } from "./demo-partner";
import { partnerFromCustomer } from "./partner-from-customer";

export type SeedOptions = { count: number; sharedCount: number; seed: number };

/** SAP numbers business partners from a number range; the demo's starts here. */
export const FIRST_PARTNER_NUMBER = 1_000_000;

const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/**
 * The demo ERP's partners, the same for the same options: every tenth is one
 * of the customers the demo CRM also holds (while they last), the rest its
 * own. Dates are fixed in the past rather than relative to today, so a test
 * can reason about them; most partners have been changed since creation, and
 * a few are blocked or marked for archiving.
 */
export function seedPartners(opts: SeedOptions): DemoPartner[] {
  const own = demoCustomers(opts.count, opts.seed, "erp");
  const shared = sharedCustomers(Math.min(opts.sharedCount, Math.ceil(opts.count / 10)));
  const f = new Faker({ locale: [en, base], seed: opts.seed });
  return own.map((customer, i) => {
    const plant = i % 10 === 0 ? shared[i / 10] : undefined;
    const created = toSecond(f.date.between({ from: "2022-01-01T00:00:00Z", to: "2025-06-30T00:00:00Z" }));
    const partner = partnerFromCustomer(plant ?? customer, String(FIRST_PARTNER_NUMBER + i), created, i);
    const roll = f.number.float();
    if (roll < 0.6) partner.changed = toSecond(f.date.between({ from: created, to: "2025-12-31T00:00:00Z" }));
    if (roll < 0.03) partner.blocked = true;
    else if (roll < 0.05) partner.archived = true;
    return partner;
  });
}
