import cliProgress, { type Options } from "cli-progress";
import type { BatchProgress } from "@/src/sources/csv/wait-for-batches";
import type { Service } from "./connection-error";
import { waitingFor } from "./status-line";

// A CommonJS module whose `Format` Node cannot name as an ES export.
const { Format, SingleBar } = cliProgress;
const tty = process.stderr.isTTY === true;

const counts = "{value}/{total} records | {batchesDone}/{batches} batches";
const formats = tty
  ? { going: `matching [{bar}] {percentage}% | ${counts} | ETA {eta_formatted}`, waiting: `matching [{bar}] {percentage}% | ${counts} | {waiting}` }
  : { going: "matching: {value}/{total} records ({percentage}%), {batchesDone}/{batches} batches done", waiting: "matching: {value}/{total} records ({percentage}%), {batchesDone}/{batches} batches done; {waiting}" };

/** With no progress to measure (a pause, the first poll) the estimate is infinite; cli-progress would print it as "NFs". */
const formatTime = (t: number, options: Options, round: number) => (Number.isFinite(t) ? Format.TimeFormat(t, options, round) : "--");

export type ProgressBar = {
  update: (p: BatchProgress) => void;
  /** marks a service as away (the bar says what it waits for instead of an estimate) or back */
  waiting: (service: Service, away: boolean) => void;
  stop: () => void;
};

/** The matching progress on stderr: redrawn in place on a terminal, a line every few seconds in a log. */
export function progressBar(): ProgressBar {
  const away = new Set<Service>();
  const bar = new SingleBar({
    stream: process.stderr,
    // A finished bar has nothing left to estimate; cli-progress has no rate to divide by and no estimate to show.
    format: (options, params, payload: { waiting?: string }) =>
      Format.Formatter(
        { ...options, format: payload.waiting ? formats.waiting : formats.going },
        params.value >= params.total ? { ...params, eta: 0 } : params,
        payload,
      ),
    formatTime,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: tty,
    // A finished bar stays on a terminal; in a log its last line already ended.
    clearOnComplete: !tty,
  });
  let started = false;
  const waitingText = () => {
    const first = [...away][0];
    return first ? waitingFor(first) : "";
  };
  return {
    update(p) {
      const payload = { batchesDone: p.batchesDone, batches: p.batches, waiting: waitingText() };
      if (!started) bar.start(p.total, p.processed, payload);
      else bar.setTotal(p.total);
      bar.update(p.processed, payload);
      started = true;
    },
    waiting(service, isAway) {
      if (isAway) away.add(service);
      else away.delete(service);
      if (started) bar.update({ waiting: waitingText() });
    },
    stop: () => started && bar.stop(),
  };
}
