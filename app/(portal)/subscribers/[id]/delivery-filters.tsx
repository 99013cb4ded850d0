import Link from "next/link";
import { deliveriesHref, deliveryStatuses, type DeliveryParams } from "./delivery-params";

/** The log's status filter as a GET form, so every filtered view is a link that can be shared or reloaded. */
export function DeliveryFilters({ subscriberId, params }: { subscriberId: string; params: DeliveryParams }) {
  return (
    <form className="filters delivery-filters" role="search" aria-label="Delivery log" action={`/subscribers/${subscriberId}#deliveries`}>
      <label className="field">
        <span>Status</span>
        <select name="status" defaultValue={params.status ?? ""}>
          <option value="">Any</option>
          {deliveryStatuses.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Show
      </button>
      {params.status && <Link href={deliveriesHref(subscriberId, {})}>Clear</Link>}
    </form>
  );
}
