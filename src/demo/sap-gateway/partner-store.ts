import type { DemoPartner } from "./demo-partner";
import { FIRST_PARTNER_NUMBER } from "./seed-partners";

/**
 * The demo gateway's partners and its clock. Every change stamps the partner
 * with the clock's current second, as SAP does, so a test that pins the clock
 * can put several changes into one second.
 */
export class PartnerStore {
  private readonly partners = new Map<string, DemoPartner>();
  private nextNumber: number;

  constructor(
    partners: DemoPartner[],
    private readonly clock: () => Date,
  ) {
    for (const p of partners) this.partners.set(p.id, p);
    this.nextNumber = FIRST_PARTNER_NUMBER + partners.length;
  }

  /** The clock's current second. */
  now(): Date {
    return new Date(Math.floor(this.clock().getTime() / 1000) * 1000);
  }

  all(): DemoPartner[] {
    return [...this.partners.values()];
  }

  get(id: string): DemoPartner {
    const partner = this.partners.get(id);
    if (!partner) throw new Error(`The demo gateway has no partner ${id}.`);
    return partner;
  }

  /** Adds the partner `build` makes from the next number and the current second; it starts never changed. */
  create(build: (id: string, created: Date) => DemoPartner): DemoPartner {
    const partner = { ...build(String(this.nextNumber++), this.now()), changed: null };
    this.partners.set(partner.id, partner);
    return partner;
  }

  /** Applies a change and stamps LastChangeDate/Time. */
  update(id: string, change: (partner: DemoPartner) => void): DemoPartner {
    const partner = this.get(id);
    change(partner);
    partner.changed = this.now();
    return partner;
  }

  block(id: string): DemoPartner {
    return this.update(id, (p) => void (p.blocked = true));
  }

  archive(id: string): DemoPartner {
    return this.update(id, (p) => void (p.archived = true));
  }
}
