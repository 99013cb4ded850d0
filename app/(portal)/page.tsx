import type { Metadata } from "next";
import Link from "next/link";
import { countDashboardFigures } from "@/src/operations/count-dashboard-figures";
import { countGoldenRecordsPerDay } from "@/src/operations/count-golden-records-per-day";
import { countSourceRecordsPerSource } from "@/src/operations/count-source-records-per-source";
import { listRecentChangeEvents } from "@/src/distribution/list-recent-change-events";
import { CountBarChart } from "@/app/components/count-bar-chart";
import { formatCount, formatTime } from "@/app/components/format";
import { requireSession } from "@/app/components/require-session";

export const metadata: Metadata = { title: "Dashboard" };

const CHART_DAYS = 30;

/** The first page after sign-in: live figures, where records come from, and what changed last. */
export default async function DashboardPage() {
  await requireSession();
  const [figures, perDay, perSource, events] = await Promise.all([
    countDashboardFigures(),
    countGoldenRecordsPerDay({ days: CHART_DAYS }),
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
    { label: "Deliveries pending", value: figures.deliveriesPending },
    { label: "Deliveries failed", value: figures.deliveriesFailed, alert: figures.deliveriesFailed > 0 },
  ];
  const createdInPeriod = perDay.reduce((sum, d) => sum + d.count, 0);
  return (
    <>
      <div className="page-head">
        <h1>Dashboard</h1>
        <p className="muted">Live figures from the hub, read as this page loaded.</p>
      </div>
      <section aria-label="Figures" className="figures">
        {cards.map((c) => (
          <div key={c.label} className={`figure${c.alert ? " alert" : ""}`} data-testid="figure">
            <span className="figure-label">{c.label}</span>
            <span className="figure-value">{c.href ? <Link href={c.href}>{formatCount(c.value)}</Link> : formatCount(c.value)}</span>
          </div>
        ))}
      </section>
      <div className="panels">
        <section className="panel" aria-labelledby="per-day">
          <h2 id="per-day">Golden records created per day</h2>
          <p className="muted small">
            {formatCount(createdInPeriod)} in the last {CHART_DAYS} days (UTC)
          </p>
          <CountBarChart unit="golden records" data={perDay.map((d) => ({ label: d.day.slice(5), value: d.count }))} />
        </section>
        <section className="panel" aria-labelledby="per-source">
          <h2 id="per-source">Source records per source</h2>
          {perSource.length ? (
            <>
              <p className="muted small">Active cross-references each source supplies</p>
              <CountBarChart
                unit="source records"
                horizontal
                height={Math.max(120, perSource.length * 34 + 40)}
                data={perSource.map((s) => ({ label: s.name, value: s.count }))}
              />
            </>
          ) : (
            <p className="empty">No sources are registered yet.</p>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="latest">
        <h2 id="latest">Latest changes</h2>
        {events.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Event</th>
                <th scope="col">Golden record</th>
                <th scope="col">When</th>
                <th scope="col">Published</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="num muted">{e.sequence}</td>
                  <td>
                    <code>{e.type}</code>
                  </td>
                  <td>
                    <Link href={`/golden/${e.goldenRecordId}`}>{e.displayName}</Link>
                  </td>
                  <td className="nowrap">{formatTime(e.createdAt)}</td>
                  <td className="nowrap muted">{e.dispatchedAt ? formatTime(e.dispatchedAt) : "waiting"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">No changes yet: ingest a batch from a source to create golden records.</p>
        )}
      </section>
    </>
  );
}
