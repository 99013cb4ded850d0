import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/src/env";

export type { Logger } from "pino";

/**
 * JSON lines on stdout and nothing else: the supervisor (systemd, Docker,
 * Kubernetes) already collects stdout, and a transport would add a worker
 * thread to every process for no gain. Under tests the level is "silent"
 * unless LOG_LEVEL asks otherwise, so a test run prints only its own output.
 * `destination` is for tests that read the lines back.
 */
export function createLogger(destination?: DestinationStream): Logger {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** The process's one logger; jobs and components log through children of it, so their lines carry who wrote them. */
export const logger = createLogger();
