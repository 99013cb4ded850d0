/**
 * How the hub's pause after refused credentials begins, so storing new
 * credentials can end that pause and only that one: retrying refused
 * credentials on a schedule locks the user in SAP and burns logins in Salesforce.
 */
export const CREDENTIALS_PAUSE = "Credentials refused:";
