import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/src/auth/permissions";
import { DEFAULT_OVERLAP_HOURS, MAX_OVERLAP_HOURS } from "@/src/distribution/subscribers/rotate-subscriber-secret";
import { requirePrincipal } from "@/app/components/require-principal";
import { OnlyAdmins } from "../only-admins";
import { StandingBadge } from "../standing-badge";
import { standingOf } from "../standing";
import { subscriberOptions } from "../subscriber-options";
import "../subscribers.css";
import { DeliveriesPager } from "./deliveries-pager";
import { DeliveriesTable } from "./deliveries-table";
import { DeliveryFilters } from "./delivery-filters";
import { deliveryParams } from "./delivery-params";
import { EditSubscriberForm } from "./edit-subscriber-form";
import { EnableForm } from "./enable-form";
import { loadDeliveryLog } from "./load-deliveries";
import { loadSubscriber } from "./load-subscriber";
import { ReplayForm } from "./replay-form";
import { RotateSecretForm } from "./rotate-secret-form";
import { SettingsList } from "./settings-list";

export const metadata: Metadata = { title: "Subscriber" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One subscriber: its settings and standing, what an admin can do about it
 * (edit, disable or enable, rotate its secret, replay the past) and its
 * delivery log, where each message can be followed attempt by attempt and sent again.
 */
export default async function SubscriberPage({ params, searchParams }: Props) {
  const principal = await requirePrincipal();
  if (!can(principal, "subscribers.manage")) return <OnlyAdmins title="Subscriber" />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const subscriber = await loadSubscriber(principal, id);
  const logParams = deliveryParams(query);
  const [options, log] = await Promise.all([subscriberOptions(principal), loadDeliveryLog(principal, subscriber.id, logParams)]);
  const standing = standingOf(subscriber);
  const now = Date.now();
  return (
    <>
      <div className="page-head">
        <nav className="crumbs" aria-label="Breadcrumb">
          <Link href="/subscribers">Subscribers</Link> ›
        </nav>
        <h1>
          <bdi>{subscriber.name}</bdi>
        </h1>
        <div className="subscriber-head">
          <StandingBadge standing={standing} />
          <EnableForm subscriberId={subscriber.id} name={subscriber.name} active={subscriber.active} />
        </div>
        {standing.kind === "disabled" && standing.byHub && (
          <p className="notice warn" role="alert">
            The hub disabled this subscriber; it receives nothing until enabled. Fix the receiver or its address (or the allowlist) first, then enable it: its waiting deliveries go out at once.
          </p>
        )}
      </div>
      <div className="panels">
        <section className="panel" aria-labelledby="settings">
          <h2 id="settings">Settings</h2>
          <SettingsList subscriber={subscriber} now={now} />
          <EditSubscriberForm
            subscriberId={subscriber.id}
            options={options}
            current={{
              name: subscriber.name,
              url: subscriber.url,
              eventTypes: subscriber.eventTypes,
              entityTypes: subscriber.entityTypes,
              sourceKeys: subscriber.sourceKeys,
              attributes: subscriber.attributes,
              payloadStyle: subscriber.payloadStyle,
            }}
          />
        </section>
        <div className="subscriber-side">
          <section className="panel" aria-labelledby="secret">
            <h2 id="secret">Signing secret</h2>
            <p className="muted small">Never shown after it is made. Rotate it to give the receiver a new one.</p>
            <RotateSecretForm subscriberId={subscriber.id} name={subscriber.name} defaultHours={DEFAULT_OVERLAP_HOURS} maxHours={MAX_OVERLAP_HOURS} />
          </section>
          <section className="panel" aria-labelledby="replay">
            <h2 id="replay">Replay</h2>
            <p className="muted small">Send past events again, as the filters choose them now.</p>
            <ReplayForm subscriberId={subscriber.id} />
          </section>
        </div>
      </div>
      <section className="panel" aria-labelledby="deliveries">
        <h2 id="deliveries">Delivery log</h2>
        <p className="muted small">Newest first. Times are UTC.</p>
        <DeliveryFilters subscriberId={subscriber.id} params={logParams} />
        {log.staleCursor && (
          <p className="notice warn" role="status">
            That page link no longer fits the log; here are the newest deliveries.
          </p>
        )}
        {log.rows.length ? (
          <DeliveriesTable subscriberId={subscriber.id} rows={log.rows} params={logParams} attempts={log.attempts} now={now} />
        ) : (
          <p className="empty">{logParams.status ? `No ${logParams.status.toLowerCase()} delivery.` : "No delivery yet: events that pass the filters show up here as they are dispatched."}</p>
        )}
        <DeliveriesPager subscriberId={subscriber.id} params={logParams} shown={log.rows.length} endCursor={log.endCursor} hasNextPage={log.hasNextPage} />
      </section>
    </>
  );
}
