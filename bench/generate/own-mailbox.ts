import type { TrueEntity } from "./types";

/**
 * Who owns each email address and company mail domain, so two unrelated
 * customers never share one: Faker's short name lists make a second
 * "Clement SA" or "john.smith@gmail.com" common at a million rows, while a
 * real provider or registrar hands each out once. Only a customer built to
 * resemble another may share that one's mailbox (a family address) or
 * domain (a sister company). No random numbers are drawn, so the rest of the
 * population stays the same.
 */
export class MailboxRegistry {
  private readonly owners = new Map<string, string>();
  private readonly taken = new Map<string, number>();

  /** The entity with an email address of its own, renamed the way a provider or registrar would make it unique. */
  claim(entity: TrueEntity): TrueEntity {
    const email = entity.attributes.email;
    if (!email) return entity;
    const [local, domain] = email.split("@");
    const key = entity.kind === "organization" ? domain : email;
    const owner = this.owners.get(key);
    if (owner === undefined) this.owners.set(key, entity.entityId);
    if (owner === undefined || owner === entity.lookalikeOf?.entityId) return entity;
    const n = (this.taken.get(key) ?? 1) + 1;
    this.taken.set(key, n);
    const [stem, ...tld] = domain.split(".");
    const unique = entity.kind === "organization" ? `${local}@${stem}${n}.${tld.join(".")}` : `${local}${n}@${domain}`;
    return this.claim({ ...entity, attributes: { ...entity.attributes, email: unique } });
  }
}
