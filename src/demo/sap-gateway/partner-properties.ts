import type { DemoPartner } from "./demo-partner";

/** A comparable value: milliseconds for dates, seconds of the day for times, text for keys; null when SAP would send null. */
export type PropertyValue = number | string | null;

const day = (d: Date | null) => (d ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) : null);
const secondOfDay = (d: Date | null) => (d ? d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds() : null);

/**
 * The properties the gateway filters and orders by, with the literal type
 * each takes. Only what the hub's connector sends: anything else is refused,
 * so a client that drifts from it fails loudly in tests.
 */
export const partnerProperties = {
  BusinessPartner: { type: "string", read: (p: DemoPartner) => p.id },
  CreationDate: { type: "datetime", read: (p: DemoPartner) => day(p.created) },
  CreationTime: { type: "time", read: (p: DemoPartner) => secondOfDay(p.created) },
  LastChangeDate: { type: "datetime", read: (p: DemoPartner) => day(p.changed) },
  LastChangeTime: { type: "time", read: (p: DemoPartner) => secondOfDay(p.changed) },
} as const satisfies Record<string, { type: string; read: (p: DemoPartner) => PropertyValue }>;

export type PartnerProperty = keyof typeof partnerProperties;

export const isPartnerProperty = (name: string): name is PartnerProperty => Object.hasOwn(partnerProperties, name);
