import { fieldIssues, type FieldIssue } from "@/src/errors";
import type { CustomerAttributes } from "@/src/golden/attributes";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { businessPartnerFields } from "./business-partner-fields";
import { businessPartnerSchema, type BusinessPartner } from "./business-partner-schema";
import { dayOf } from "./odata-values";
import { defaultSapMapping, type SapMapping } from "./sap-mapping";
import { changeInstant } from "./sap-wall-clock";

/** A partner mapped, or why not, with its id when it has one, so the sync job can quarantine it with its raw payload. */
export type MappedPartner = { ok: true; record: PulledRecord } | { ok: false; externalId: string | null; reasons: FieldIssue[] };

/** SAP's stamps are whole seconds, so the instant is written without fractions. */
const instant = (date: Date, time: string | null, timeZone: string, now: Date) =>
  `${changeInstant(dayOf(date), time ?? "00:00:00", timeZone, now).toISOString().slice(0, 19)}Z`;

/** The last change, else the creation: SAP leaves LastChangeDate empty until the first change. */
function updatedAtOf(partner: BusinessPartner, timeZone: string, now: Date): string | null {
  if (partner.LastChangeDate) return instant(partner.LastChangeDate, partner.LastChangeTime, timeZone, now);
  if (partner.CreationDate) return instant(partner.CreationDate, partner.CreationTime, timeZone, now);
  return null;
}

/**
 * Turns one `A_BusinessPartner` as SAP sent it (with its expansions) into the
 * hub's record. It takes the raw payload, not a parsed one, so a quarantined
 * partner can be mapped again after its source's mapping is fixed. Blocked
 * and archived partners come back inactive rather than left out: the hub
 * keeps what it knew and marks it. `timeZone` is the SAP system's (its
 * connection's): SAP stamps changes in its local wall-clock time.
 */
export function mapBusinessPartner(raw: unknown, mapping: SapMapping = defaultSapMapping, now = new Date(), timeZone = "UTC"): MappedPartner {
  const parsed = businessPartnerSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { BusinessPartner?: unknown } | null)?.BusinessPartner;
    return { ok: false, externalId: typeof id === "string" && id.trim() ? id.trim() : null, reasons: fieldIssues(parsed.error.issues) };
  }
  const partner = parsed.data;
  const updatedAt = updatedAtOf(partner, timeZone, now);
  if (!updatedAt) {
    return { ok: false, externalId: partner.BusinessPartner, reasons: [{ path: "LastChangeDate", message: "has neither LastChangeDate nor CreationDate, so its changes cannot be ordered" }] };
  }
  const fields = businessPartnerFields(partner, mapping, now);
  const attributes: CustomerAttributes = {};
  for (const [attribute, field] of Object.entries(mapping.attributes) as [keyof CustomerAttributes, keyof typeof fields][]) {
    const value = fields[field];
    if (value) attributes[attribute] = value;
  }
  return {
    ok: true,
    record: {
      externalId: partner.BusinessPartner,
      updatedAt,
      active: !partner.BusinessPartnerIsBlocked && !partner.IsMarkedForArchiving,
      attributes,
      raw,
    },
  };
}
