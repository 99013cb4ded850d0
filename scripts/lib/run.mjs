import { spawn } from "node:child_process";
import { constants } from "node:os";
import { root, withLocalBin } from "./project.mjs";

let current = null;
let stopSignal = null;

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the step already exited
  }
}

/**
 * Stops the running step on SIGINT or SIGTERM and remembers the signal, so a
 * script can still clean up (drop its database) before it exits.
 */
export function stopOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopSignal ??= signal;
      if (current) signalGroup(current, signal);
    });
  }
}

/** The signal that asked the script to stop, or null while it may carry on. */
export function stopRequested() {
  return stopSignal;
}

/**
 * Runs one command with its output on this console and resolves to its exit
 * code. node_modules/.bin goes on PATH as under `npm run` (Prisma starts its
 * generators by name). The command gets its own process group so a stop
 * signal reaches all of its children and none outlive the script.
 */
export function run(command, args, { env = process.env, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: withLocalBin(env), stdio: ["ignore", "inherit", "inherit"], detached: true });
    current = child;
    let settled = false;
    const finish = (code) => {
      if (settled) return;
      settled = true;
      current = null;
      resolve(code);
    };
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on("close", (code, signal) => finish(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}
