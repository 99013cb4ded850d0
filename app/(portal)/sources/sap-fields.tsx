import type { FieldIssue } from "@/src/errors";
import type { RegisterValues } from "./register-input";
import { FormField } from "./form-field";

/** The settings of an SAP S/4HANA system reached over OData V2 with basic auth: where it is, and the logon the hub uses. */
export function SapFields({ values, issues }: { values: RegisterValues; issues: FieldIssue[] }) {
  return (
    <>
      <fieldset className="source-fieldset">
        <legend>SAP system</legend>
        <div className="admin-form-fields">
          <FormField name="config.baseUrl" type="url" required grow placeholder="https://s4.example.com:44300" defaultValue={values["config.baseUrl"]} issues={issues} />
          <FormField name="config.client" hint="three digits, sent as sap-client" inputMode="numeric" maxLength={3} defaultValue={values["config.client"]} issues={issues} />
        </div>
        <details className="source-more">
          <summary>More settings</summary>
          <div className="admin-form-fields">
            <FormField name="config.servicePath" grow placeholder="/sap/opu/odata/sap/API_BUSINESS_PARTNER/" defaultValue={values["config.servicePath"]} issues={issues} />
            <FormField name="config.timeoutMs" inputMode="numeric" placeholder="30000" defaultValue={values["config.timeoutMs"]} issues={issues} />
            <FormField name="config.windowSize" inputMode="numeric" placeholder="1000" defaultValue={values["config.windowSize"]} issues={issues} />
          </div>
        </details>
      </fieldset>
      <fieldset className="source-fieldset">
        <legend>Logon</legend>
        <div className="admin-form-fields">
          <FormField name="credentials.username" required grow defaultValue={values["credentials.username"]} issues={issues} />
          <FormField name="credentials.password" type="password" required grow issues={issues} />
        </div>
      </fieldset>
    </>
  );
}
