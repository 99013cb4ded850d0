import type { CustomerAttributes } from "@/src/golden/attributes";

/**
 * One customer as a connector read it from its system, in the shape the
 * ingest path takes, whatever the system. `active` is false for a record the
 * system deleted, blocked or archived: the hub keeps it and marks it, it
 * never drops data silently.
 */
export type PulledRecord = {
  /** the system's own id (Salesforce Id, SAP BusinessPartner) */
  externalId: string;
  /** when the system last changed the record, ISO 8601 with offset */
  updatedAt: string;
  active: boolean;
  attributes: CustomerAttributes;
  /** the system's record as read, kept for lineage and for re-running a mapping fix on quarantined records */
  raw: unknown;
};
