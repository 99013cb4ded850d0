import type { DeliveryStatus } from "@/prisma/generated/client";
import { prisma } from "@/src/db";
import { queue } from "@/workers/contracts";
import { unique, userPrincipal } from "./fixtures";

/** A public address literal: the webhook guard accepts it without a DNS lookup, and tests never send to it. */
export const PUBLIC_HOOK_URL = "https://93.184.215.14/hooks/goldenhub";

/** A fresh admin and a steward, each with its own label so audit entries can be told apart. */
export const adminPrincipal = () => userPrincipal("ADMIN", `user:admin-${unique()}@test`);
export const stewardPrincipal = () => userPrincipal("STEWARD", `user:steward-${unique()}@test`);

/** What a change event's payload carries for subscriber filters, as the golden writer fills it. */
export type EventSpec = { type?: string; entityType?: string; sources?: string[]; changedAttributes?: string[]; dispatched?: boolean };

/**
 * Change events on one fresh golden record, dispatched unless told otherwise,
 * with the payload fields filters read; each event's version is its place.
 */
export async function changeEvents(specs: EventSpec[]) {
  const golden = await prisma.goldenRecord.create({ data: { displayName: `Subscribed ${unique()}`, attributes: {}, lineage: {} } });
  const events = [];
  for (const [i, spec] of specs.entries()) {
    const { type = "golden.updated", dispatched = true, ...filters } = spec;
    const payload = { goldenRecordId: golden.id, version: i + 1, entityType: "person", sources: ["crm"], changedAttributes: ["email"], ...filters };
    events.push(
      await prisma.changeEvent.create({
        data: { type, goldenRecordId: golden.id, payload, dispatchedAt: dispatched ? new Date() : null },
        select: { id: true, type: true, sequence: true, createdAt: true, goldenRecordId: true },
      }),
    );
  }
  return events;
}

/** A delivery in any state, as the sender leaves it. */
export function delivery(subscriberId: string, eventId: string, data: { status?: DeliveryStatus; attempts?: number; nextAttemptAt?: Date; createdAt?: Date; lastError?: string } = {}) {
  return prisma.delivery.create({ data: { subscriberId, eventId, ...data } });
}

/** The drain jobs waiting to send a subscriber's deliveries: what enabling, resending and replaying must leave behind. */
export async function queuedDrains(subscriberId: string) {
  const jobs = await queue("distribution").getJobs(["waiting", "prioritized", "delayed"], 0, -1);
  return jobs.filter((j) => j && j.name === "webhook.drain" && (j.data as { subscriberId?: string }).subscriberId === subscriberId);
}

/** Removes the drain jobs a test queued, since no worker consumes the test queue. */
export async function dropDrains(subscriberIds: string[]): Promise<void> {
  for (const id of subscriberIds) for (const job of await queuedDrains(id)) await job.remove().catch(() => {});
}
