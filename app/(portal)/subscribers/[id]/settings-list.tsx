import type { SubscriberRow } from "@/src/distribution/subscribers/list-subscribers";
import { formatCount, formatTime } from "@/app/components/format";
import { formatAge } from "@/app/components/format-age";
import { excerpt } from "../excerpt";
import { FilterSummary } from "../filter-summary";
import { SubscriberUrl } from "../subscriber-url";

/** A subscriber's settings and recent record at a glance, above the form that changes them. */
export function SettingsList({ subscriber: s, now }: { subscriber: SubscriberRow; now: number }) {
  return (
    <dl className="subscriber-settings">
      <div>
        <dt>URL</dt>
        <dd>
          <SubscriberUrl url={s.url} />
        </dd>
      </div>
      <div>
        <dt>Sends</dt>
        <dd>
          <FilterSummary subscriber={s} />
        </dd>
      </div>
      <div>
        <dt>Waiting</dt>
        <dd>
          {formatCount(s.pendingDeliveries)} pending, {formatCount(s.failedDeliveries)} failed for good
        </dd>
      </div>
      <div>
        <dt>Last success</dt>
        <dd>{s.lastSuccessAt ? `${formatAge(now - s.lastSuccessAt.getTime())} ago (${formatTime(s.lastSuccessAt)})` : "never"}</dd>
      </div>
      <div>
        <dt>Last failure</dt>
        <dd title={s.lastFailure?.error}>
          {s.lastFailure ? (
            <>
              {formatAge(now - s.lastFailure.at.getTime())} ago{s.lastFailure.statusCode !== null && <>, HTTP {s.lastFailure.statusCode}</>}: <bdi>{excerpt(s.lastFailure.error)}</bdi>
            </>
          ) : (
            "none"
          )}
        </dd>
      </div>
      {s.previousSecretExpiresAt && (
        <div>
          <dt>Previous secret</dt>
          <dd>still signs beside the new one until {formatTime(s.previousSecretExpiresAt)}</dd>
        </div>
      )}
      <div>
        <dt>Added</dt>
        <dd>
          {formatTime(s.createdAt)}
          {s.createdBy && <> by {s.createdBy}</>}; changed {formatTime(s.updatedAt)}
        </dd>
      </div>
    </dl>
  );
}
