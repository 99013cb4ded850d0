"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { registerSourceAction, type RegisterState } from "./actions";
import { FormField } from "./form-field";
import { emptyRegisterValues } from "./register-input";
import { SalesforceFields } from "./salesforce-fields";
import { SapFields } from "./sap-fields";

const connectors = [
  { value: "SALESFORCE", label: "Salesforce", hint: "CRM: accounts and contacts, with change events" },
  { value: "SAP", label: "SAP S/4HANA", hint: "ERP: business partners over OData" },
] as const;

const initial: RegisterState = { answers: 0, message: null, issues: [], registered: null, values: { ...emptyRegisterValues, connector: "SALESFORCE" } };

/**
 * Registers a Salesforce org or an SAP system as a source. Only the chosen
 * connector's fields are shown and sent; a refusal names every field in the
 * message beside the button (so none is lost, even one the form does not
 * show), marks each field it names, and keeps what was typed except the
 * secrets, which are typed again.
 */
export function RegisterSourceForm() {
  const [state, action, pending] = useActionState<RegisterState, FormData>(registerSourceAction, initial);
  const [connector, setConnector] = useState(state.values.connector);
  const choices = useRef<HTMLFieldSetElement>(null);
  // A choice made before the page's script ran is in the DOM only; take it over so the right fields show.
  useEffect(() => {
    const chosen = choices.current?.querySelector<HTMLInputElement>("input:checked");
    if (chosen) setConnector(chosen.value);
  }, []);
  const issues = state.issues;
  return (
    <form action={action} className="admin-form source-form" noValidate aria-busy={pending}>
      <fieldset ref={choices} className="source-fieldset source-connectors">
        <legend>Connector</legend>
        {connectors.map((c) => (
          <label key={c.value} className="source-connector">
            <input type="radio" name="connector" value={c.value} defaultChecked={connector === c.value} onChange={() => setConnector(c.value)} />
            <span>
              {c.label} <span className="muted small">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="admin-form-fields">
        <FormField name="name" required grow maxLength={120} placeholder={connector === "SAP" ? "e.g. SAP S/4HANA production" : "e.g. Salesforce sales org"} defaultValue={state.values.name} issues={issues} />
        <FormField name="key" required grow maxLength={60} hint="lower-case letters, digits and hyphens; names the source in the API and in lineage" placeholder={connector === "SAP" ? "sap-prod" : "salesforce"} defaultValue={state.values.key} issues={issues} />
      </div>
      {/* Drawn afresh after each answer, so the grant chosen and the fields it asks for come back together. */}
      {connector === "SAP" ? <SapFields key={`sap-${state.answers}`} values={state.values} issues={issues} /> : <SalesforceFields key={`salesforce-${state.answers}`} values={state.values} issues={issues} />}
      <p className="muted small">Secrets are stored encrypted and are never shown again, on this page or anywhere else; to change them, enter them anew.</p>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Registering…" : "Register source"}
        </button>
        <FormMessage message={state.message} />
      </div>
      {state.registered && (
        <p className="notice ok" role="status">
          Registered {state.registered.name} ({state.registered.key}).{" "}
          {state.registered.queued ? "Its first sync is queued; the table above shows its progress." : "The job queue cannot be reached just now: its first sync starts on the schedule, or press Sync now in a minute."}
        </p>
      )}
    </form>
  );
}
