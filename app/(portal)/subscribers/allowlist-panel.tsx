import type { AllowlistEntryRow } from "@/src/distribution/subscribers/allow-webhook-host";
import { formatTime } from "@/app/components/format";
import { AllowHostForm } from "./allow-host-form";
import { RemoveEntryButton } from "./remove-entry-button";

/**
 * The private hosts webhooks may reach, who vouched for each and why. The
 * guard refuses loopback, private and link-local addresses otherwise, so a
 * receiver inside the company network needs an entry here first.
 */
export function AllowlistPanel({ entries }: { entries: AllowlistEntryRow[] }) {
  return (
    <section className="panel" aria-labelledby="allowlist">
      <h2 id="allowlist">Webhook allowlist</h2>
      <p className="muted small">Private, loopback and link-local addresses webhooks may reach all the same. Public addresses need no entry.</p>
      {entries.length ? (
        <div className="scroll">
          <table className="table admin-table allowlist-table">
            <thead>
              <tr>
                <th scope="col">Pattern</th>
                <th scope="col">Note</th>
                <th scope="col">Added by</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-pattern={e.pattern}>
                  <th scope="row">
                    <code>{e.pattern}</code>
                  </th>
                  <td className="admin-wrap">{e.note ? <bdi>{e.note}</bdi> : <span className="muted">none</span>}</td>
                  <td className="admin-wrap">{e.createdBy}</td>
                  <td className="nowrap">{formatTime(e.createdAt)}</td>
                  <td>
                    <RemoveEntryButton entryId={e.id} pattern={e.pattern} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">No private host is allowlisted: webhooks go to public addresses only.</p>
      )}
      <h3 className="subscriber-subhead">Allow a host</h3>
      <AllowHostForm />
    </section>
  );
}
