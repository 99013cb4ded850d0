"use client";

import { useState } from "react";
import type { FieldIssue } from "@/src/errors";
import { isAbout, registerFieldLabels, type RegisterValues } from "./register-input";
import { FormField } from "./form-field";

const grants = [
  { value: "refresh_token", label: "Refresh token (a connected app the org authorised once)" },
  { value: "client_credentials", label: "Client credentials (an integration user)" },
  { value: "password", label: "User name and password" },
] as const;

/**
 * A Salesforce org and the OAuth grant the hub signs in with; the grant
 * decides which secrets are asked for. The grant is an uncontrolled select
 * like every other field, so the form's reset after a refusal leaves it alone.
 */
export function SalesforceFields({ values, issues }: { values: RegisterValues; issues: FieldIssue[] }) {
  const [grant, setGrant] = useState(values["credentials.grant"] || "refresh_token");
  const grantInvalid = issues.some((i) => isAbout(i, "credentials.grant"));
  return (
    <>
      <fieldset className="source-fieldset">
        <legend>Salesforce org</legend>
        <div className="admin-form-fields">
          <FormField name="config.instanceUrl" type="url" required grow placeholder="https://example.my.salesforce.com" defaultValue={values["config.instanceUrl"]} issues={issues} />
          <FormField name="config.loginUrl" type="url" grow hint="where tokens are issued; the instance by default" placeholder="https://login.salesforce.com" defaultValue={values["config.loginUrl"]} issues={issues} />
          <FormField name="config.apiVersion" placeholder="62.0" maxLength={8} defaultValue={values["config.apiVersion"]} issues={issues} />
        </div>
      </fieldset>
      <fieldset className="source-fieldset">
        <legend>Sign-in</legend>
        <div className="admin-form-fields">
          <label className="field">
            <span>{registerFieldLabels["credentials.grant"]}</span>
            <select name="credentials.grant" defaultValue={grant} onChange={(e) => setGrant(e.target.value)} aria-invalid={grantInvalid || undefined}>
              {grants.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
          <FormField name="credentials.clientId" required grow defaultValue={values["credentials.clientId"]} issues={issues} />
          <FormField name="credentials.clientSecret" type="password" required={grant !== "refresh_token"} grow issues={issues} />
          {grant === "refresh_token" && <FormField name="credentials.refreshToken" type="password" required grow issues={issues} />}
          {grant === "password" && (
            <>
              <FormField name="credentials.username" required grow defaultValue={values["credentials.username"]} issues={issues} />
              <FormField name="credentials.password" type="password" required grow hint="with the security token appended, if the org asks for one" issues={issues} />
            </>
          )}
        </div>
      </fieldset>
    </>
  );
}
