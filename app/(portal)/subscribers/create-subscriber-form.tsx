"use client";

import { useActionState } from "react";
import Link from "next/link";
import { FormMessage } from "@/app/components/form-message";
import { OneTimeSecret } from "@/app/(portal)/admin/one-time-secret";
import { createSubscriberAction, type CreateSubscriberState } from "./actions";
import { SubscriberFields } from "./subscriber-fields";
import { emptySubscriberValues } from "./subscriber-input";
import type { SubscriberOptions } from "./subscriber-options";

const initial: CreateSubscriberState = { answers: 0, message: null, issues: [], created: null, values: emptySubscriberValues };

/**
 * Adds a subscriber. A refusal (a URL the guard will not reach, an unknown
 * source) shows under the field it is about and keeps everything chosen; on
 * success the signing secret is shown this once, for the receiver's owner.
 */
export function CreateSubscriberForm({ options }: { options: SubscriberOptions }) {
  const [state, action, pending] = useActionState<CreateSubscriberState, FormData>(createSubscriberAction, initial);
  return (
    <form action={action} className="admin-form subscriber-form" noValidate aria-busy={pending}>
      {/* Drawn afresh after each answer, so the boxes and options chosen come back with the refusal. */}
      <SubscriberFields key={state.answers} prefix="new-subscriber" values={state.values} issues={state.issues} options={options} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Adding…" : "Add subscriber"}
        </button>
        <FormMessage message={state.message} />
      </div>
      {state.created && (
        <>
          <OneTimeSecret
            label={`Signing secret of ${state.created.name}`}
            secret={state.created.secret}
            note="Give this secret to the receiver's owner: their endpoint verifies each webhook's signature with it (Standard Webhooks). It will not be shown again; if it is lost, rotate the secret on the subscriber's page."
          />
          <p className="small">
            Added <Link href={`/subscribers/${state.created.id}`}>{state.created.name}</Link>. It receives events from now on; to send it earlier ones, replay them on its page.
          </p>
        </>
      )}
    </form>
  );
}
