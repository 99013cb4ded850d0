import { env } from "@/src/env";
import { startDemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { startSapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";

/** `npm start`'s demo CRM and ERP on loopback, each changing a customer every few seconds so a new user sees syncs and change events arrive. */
const [salesforce, sap] = await Promise.all([
  startDemoSalesforce({ port: env.DEMO_SALESFORCE_PORT, trickleMs: 4_000 }),
  startSapGateway({ port: env.DEMO_SAP_PORT, trickleMs: 5_000 }),
]);
console.log(`demo Salesforce on ${salesforce.url}, demo SAP gateway on ${sap.serviceUrl}; both change a customer every few seconds`);
const stop = () => void Promise.all([salesforce.close(), sap.close()]).then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
