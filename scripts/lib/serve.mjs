import { isListening } from "./services.mjs";
import { info } from "./output.mjs";
import { root, withLocalBin } from "./project.mjs";
import { stopRequested } from "./run.mjs";

async function announceWhenUp(port, receiverPort, env, stopped) {
  while (!stopped()) {
    if (await isListening("127.0.0.1", Number(port))) {
      console.log(
        [
          "",
          "Goldenhub is running:",
          `  portal            http://localhost:${port}`,
          `  readiness         http://localhost:${port}/api/ready`,
          `  GraphQL           http://localhost:${port}/api/graphql`,
          `  webhook receiver  http://localhost:${receiverPort}`,
          `  demo Salesforce   http://127.0.0.1:${env.DEMO_SALESFORCE_PORT || "4201"}`,
          `  demo SAP gateway  http://127.0.0.1:${env.DEMO_SAP_PORT || "4202"}/sap/opu/odata/sap/API_BUSINESS_PARTNER/`,
          "Press Ctrl-C to stop.",
          "",
        ].join("\n"),
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Runs the web server, the worker, the demo webhook receiver and the demo
 * Salesforce and SAP systems (demo/systems.ts) side by side
 * with labelled output; when one stops the others are stopped too, so a crash
 * never leaves a half-working system running. Resolves to the exit code.
 */
export async function serve(env) {
  const { concurrently } = await import("concurrently");
  const port = env.PORT || "3000";
  const receiverPort = env.RECEIVER_PORT || "4100";
  const childEnv = withLocalBin({ ...env, RECEIVER_PORT: receiverPort });
  const { result } = concurrently(
    [
      { name: "web", command: `next start -p ${port}`, prefixColor: "blue", env: childEnv },
      // Bulk loads in a process of their own: their CPU work never stalls the jobs of a pushed change.
      { name: "worker", command: "tsx workers/main.ts", prefixColor: "magenta", env: { ...childEnv, WORKER_QUEUES: "!ingest-bulk" } },
      { name: "loader", command: "tsx workers/main.ts", prefixColor: "yellow", env: { ...childEnv, WORKER_QUEUES: "ingest-bulk" } },
      { name: "receiver", command: "tsx demo/receiver.ts", prefixColor: "green", env: childEnv },
      { name: "systems", command: "tsx demo/systems.ts", prefixColor: "cyan", env: childEnv },
    ],
    { prefix: "name", killOthersOn: ["failure", "success"], cwd: root },
  );
  let done = false;
  announceWhenUp(port, receiverPort, env, () => done);
  try {
    await result;
    return 0;
  } catch {
    if (stopRequested()) return 0;
    info("one process stopped, so the others were stopped too (see its output above)");
    return 1;
  } finally {
    done = true;
  }
}
