/** Runs once when the web server starts: the same guard against postgres.js's stray write as the worker has. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { surviveClosedSocketWrites } = await import("@/src/operations/survive-closed-socket");
  surviveClosedSocketWrites({ exitOnOthers: false });
}
