import { notFound } from "next/navigation";
import type { Principal } from "@/src/auth/principal";
import { listSubscribers, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";

/**
 * One subscriber with its standing and counts, as the list shows it. There
 * is no single-subscriber read in src, so this reads the list (a few rows,
 * two statements) and picks; an unknown id is the not-found page.
 */
export async function loadSubscriber(principal: Principal, id: string): Promise<SubscriberRow> {
  const found = (await listSubscribers({ principal })).find((s) => s.id === id);
  if (!found) notFound();
  return found;
}
