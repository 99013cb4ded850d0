import { notFound } from "next/navigation";
import type { Principal } from "@/src/auth/principal";
import { getSubscriber, type SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { AppError } from "@/src/errors";

/** The subscriber of the page; an unknown or malformed id is the not-found page, not an error. */
export async function loadSubscriber(principal: Principal, id: string): Promise<SubscriberRow> {
  try {
    return await getSubscriber({ principal, subscriberId: id });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "VALIDATION_FAILED")) notFound();
    throw error;
  }
}
