import type { Metadata } from "next";
import Link from "next/link";
import { countDashboardFigures } from "@/src/operations/count-dashboard-figures";
import { countDeliveryHealth } from "@/src/operations/count-delivery-health";
import { countGoldenRecordsPerDay } from "@/src/operations/count-golden-records-per-day";
import { countIngestDecisions } from "@/src/operations/count-ingest-decisions";
import { countOpenSuspectsByBand } from "@/src/operations/count-open-suspects-by-band";
import { countSourceRecordsPerSource } from "@/src/operations/count-source-records-per-source";
import { countStewardThroughput } from "@/src/operations/count-steward-throughput";
import { countSuspectsResolvedPerDay } from "@/src/operations/count-suspects-resolved-per-day";
import { listRecentChangeEvents } from "@/src/distribution/list-recent-change-events";
import { ColumnChart } from "@/app/components/column-chart";
import { CountBarChart } from "@/app/components/count-bar-chart";
import { formatCount } from "@/app/components/format";
import { requireSession } from "@/app/components/require-session";
import { DeliveryHealth } from "./_dashboard/delivery-health";
import { IngestDecisions } from "./_dashboard/ingest-decisions";
import { LatestChanges } from "./_dashboard/latest-changes";
import { StewardThroughput } from "./_dashboard/steward-throughput";
import { SubscriberTrouble } from "./_dashboard/subscriber-trouble";
import { SuspectBacklog } from "./_dashboard/suspect-backlog";

export const metadata: Metadata = { title: "Dashboard" };

const CREATED_DAYS = 30;
const WORK_DAYS = 14;
const INGEST_DAYS = 30;

/** The first page after sign-in: live figures, the stewards' queue and its pace, how ingest decides, whether subscribers keep up, and what changed last. */
export default async function DashboardPage() {
  await requireSession();
  const now = new Date();
  const [figures, backlog, resolved, throughput, decisions, deliveries, perDay, perSource, events] = await Promise.all([
    countDashboardFigures(),
    countOpenSuspectsByBand({ now }),
    countSuspectsResolvedPerDay({ days: WORK_DAYS, now }),
    countStewardThroughput({ days: WORK_DAYS, now }),
    countIngestDecisions({ days: INGEST_DAYS, now }),
    countDeliveryHealth(),
    countGoldenRecordsPerDay({ days: CREATED_DAYS, now }),
    countSourceRecordsPerSource(),
    listRecentChangeEvents({ take: 12 }),
  ]);
  const cards = [
    { label: "Active golden records", value: figures.activeGoldenRecords, href: "/golden" },
    { label: "Source records", value: figures.sourceRecords },
    { label: "Sources", value: figures.sources },
    { label: "Open duplicate suspects", value: figures.openSuspects, href: "/suspects", alert: figures.openSuspects > 0 },
    { label: "Quarantined records", value: figures.quarantined, href: "/quarantine", alert: figures.quarantined > 0 },
    { label: "Change events", value: figures.changeEvents },
  ];
  const createdInPeriod = perDay.reduce((sum, d) => sum + d.count, 0);
  return (
    <>
      <div className="page-head">
        <h1>Dashboard</h1>
        <p className="muted">Live figures from the hub, read as this page loaded. Days are UTC.</p>
      </div>
      <SubscriberTrouble />
      <section aria-label="Figures" className="figures">
        {cards.map((c) => (
          <div key={c.label} className={`figure${c.alert ? " alert" : ""}`} data-testid="figure">
            <span className="figure-label">{c.label}</span>
            <span className="figure-value">{c.href ? <Link href={c.href}>{formatCount(c.value)}</Link> : formatCount(c.value)}</span>
          </div>
        ))}
      </section>
      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="backlog">
          <h2 id="backlog">Open suspects by score and age</h2>
          <SuspectBacklog rows={backlog} />
        </section>
        <section className="panel" aria-labelledby="resolved">
          <h2 id="resolved">Suspects resolved per day</h2>
          <ColumnChart
            caption={`Suspects resolved in the last ${WORK_DAYS} days`}
            labelHeading="Day"
            series={[
              { name: "merged", tone: "tone-1" },
              { name: "not a duplicate", tone: "tone-3" },
            ]}
            data={resolved.map((d) => ({ label: d.day.slice(5), values: [d.merged, d.notDuplicate] }))}
            empty={`No suspect was decided in the last ${WORK_DAYS} days.`}
          />
        </section>
        <section className="panel" aria-labelledby="throughput">
          <h2 id="throughput">Steward throughput</h2>
          <p className="muted small">Suspect decisions per steward, last {WORK_DAYS} days</p>
          <StewardThroughput stewards={throughput} days={WORK_DAYS} />
        </section>
        <section className="panel" aria-labelledby="decisions">
          <h2 id="decisions">Ingest decisions</h2>
          <p className="muted small">What matching did with records new to the hub, last {INGEST_DAYS} days</p>
          <IngestDecisions decisions={decisions} days={INGEST_DAYS} />
        </section>
        <section className="panel" aria-labelledby="deliveries">
          <h2 id="deliveries">Delivery health</h2>
          <p className="muted small">Change events sent to subscribers</p>
          <DeliveryHealth health={deliveries} now={now} />
        </section>
        <section className="panel" aria-labelledby="per-source">
          <h2 id="per-source">Source records per source</h2>
          {perSource.length ? (
            <>
              <p className="muted small">Active cross-references each source supplies</p>
              <CountBarChart unit="source records" labelHeading="Source" horizontal data={perSource.map((s) => ({ label: s.name, value: s.count }))} />
            </>
          ) : (
            <p className="empty">No sources are registered yet.</p>
          )}
        </section>
        <section className="panel wide" aria-labelledby="per-day">
          <h2 id="per-day">Golden records created per day</h2>
          <p className="muted small">
            {formatCount(createdInPeriod)} in the last {CREATED_DAYS} days
          </p>
          <CountBarChart unit="golden records" labelHeading="Day" data={perDay.map((d) => ({ label: d.day.slice(5), value: d.count }))} />
        </section>
      </div>
      <section className="panel" aria-labelledby="latest">
        <h2 id="latest">Latest changes</h2>
        <LatestChanges events={events} />
      </section>
    </>
  );
}
