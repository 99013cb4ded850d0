import type { Metadata } from "next";
import { can } from "@/src/auth/permissions";
import { MAX_ATTEMPTS } from "@/src/distribution/retry-schedule";
import { listAllowlist } from "@/src/distribution/subscribers/list-allowlist";
import { listSubscribers } from "@/src/distribution/subscribers/list-subscribers";
import { requirePrincipal } from "@/app/components/require-principal";
import { AllowlistPanel } from "./allowlist-panel";
import { CreateSubscriberForm } from "./create-subscriber-form";
import { HubDisabledBanner } from "./hub-disabled-banner";
import { OnlyAdmins } from "./only-admins";
import { subscriberOptions } from "./subscriber-options";
import { SubscribersTable } from "./subscribers-table";
import "./subscribers.css";

export const metadata: Metadata = { title: "Subscribers" };

/**
 * The systems told about golden-record changes, for the admins who wire them
 * and the owners who ask whether their endpoint keeps up: each one's standing
 * and backlog, a form to add one (its secret shown once), and the allowlist
 * of private hosts webhooks may reach.
 */
export default async function SubscribersPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "subscribers.manage")) return <OnlyAdmins title="Subscribers" />;
  const [subscribers, allowlist, options] = await Promise.all([listSubscribers({ principal }), listAllowlist({ principal }), subscriberOptions(principal)]);
  const now = Date.now();
  return (
    <>
      <div className="page-head">
        <h1>Subscribers</h1>
        <p className="muted">
          Systems the hub tells about every golden-record change, as signed webhooks (Standard Webhooks). Each delivery is tried up to {MAX_ATTEMPTS} times over about a day; a subscriber
          that answers 410, fails for a day or points at a refused address is disabled until someone enables it. Times are UTC.
        </p>
      </div>
      <HubDisabledBanner subscribers={subscribers} />
      <section className="panel" aria-labelledby="subscribers">
        <h2 id="subscribers">
          {subscribers.length} {subscribers.length === 1 ? "subscriber" : "subscribers"}
        </h2>
        {subscribers.length ? <SubscribersTable subscribers={subscribers} now={now} /> : <p className="empty">No subscribers yet: add one below to send change events to a system.</p>}
      </section>
      <section className="panel" aria-labelledby="add-subscriber">
        <h2 id="add-subscriber">Add a subscriber</h2>
        <p className="muted small">It receives the events dispatched from now on that its filters take; earlier ones can be replayed on its page.</p>
        <CreateSubscriberForm options={options} />
      </section>
      <AllowlistPanel entries={allowlist} />
    </>
  );
}
