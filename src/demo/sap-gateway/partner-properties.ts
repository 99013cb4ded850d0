import type { DemoPartner } from "./demo-partner";
import { wallClock } from "./wall-clock";

/** A comparable value: milliseconds for dates, seconds of the day for times, text for keys; null when SAP would send null. */
export type PropertyValue = number | string | null;

const day = (d: Date | null, timeZone: string) => (d ? wallClock(d, timeZone).day : null);
const secondOfDay = (d: Date | null, timeZone: string) => (d ? wallClock(d, timeZone).second : null);

/**
 * The properties the gateway filters and orders by, with the literal type
 * each takes; dates and times read as the server's clock in `timeZone` shows them. Only what the hub's connector sends: anything else is refused,
 * so a client that drifts from it fails loudly in tests.
 */
export const partnerProperties = {
  BusinessPartner: { type: "string", read: (p: DemoPartner) => p.id },
  CreationDate: { type: "datetime", read: (p: DemoPartner, timeZone: string) => day(p.created, timeZone) },
  CreationTime: { type: "time", read: (p: DemoPartner, timeZone: string) => secondOfDay(p.created, timeZone) },
  LastChangeDate: { type: "datetime", read: (p: DemoPartner, timeZone: string) => day(p.changed, timeZone) },
  LastChangeTime: { type: "time", read: (p: DemoPartner, timeZone: string) => secondOfDay(p.changed, timeZone) },
} as const satisfies Record<string, { type: string; read: (p: DemoPartner, timeZone: string) => PropertyValue }>;

export type PartnerProperty = keyof typeof partnerProperties;

export const isPartnerProperty = (name: string): name is PartnerProperty => Object.hasOwn(partnerProperties, name);
