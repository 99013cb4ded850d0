import Link from "next/link";
import { can } from "@/src/auth/permissions";
import { listSubscribers } from "@/src/distribution/subscribers/list-subscribers";
import { formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import { inTrouble } from "@/app/(portal)/subscribers/standing";

const SHOWN = 5;

/**
 * Tells an admin on the first page they see that a subscriber was switched
 * off by the hub or is failing, each linked to its page, since its owner
 * otherwise learns only when data goes missing. Reads its own data, and only
 * for those who may manage subscribers: the dashboard's figures stay as they are.
 */
export async function SubscriberTrouble() {
  const principal = await requirePrincipal();
  if (!can(principal, "subscribers.manage")) return null;
  const troubled = inTrouble(await listSubscribers({ principal }));
  if (!troubled.length) return null;
  return (
    <section className="notice warn" aria-labelledby="subscriber-trouble">
      <h2 id="subscriber-trouble">
        {troubled.length === 1 ? "A subscriber needs attention" : `${troubled.length} subscribers need attention`}
      </h2>
      <ul className="plain">
        {troubled.slice(0, SHOWN).map(({ subscriber, standing }) => (
          <li key={subscriber.id}>
            <Link href={`/subscribers/${subscriber.id}`}>
              <bdi>{subscriber.name}</bdi>
            </Link>
            {standing.kind === "disabled" ? (
              <>
                {" "}
                was disabled by the hub: <bdi>{standing.reason}</bdi>
              </>
            ) : (
              standing.kind === "failing" && <> has failed every delivery since {formatTime(standing.since)}</>
            )}
          </li>
        ))}
      </ul>
      {troubled.length > SHOWN && (
        <p className="small">
          And {troubled.length - SHOWN} more on the <Link href="/subscribers">Subscribers</Link> page.
        </p>
      )}
    </section>
  );
}
