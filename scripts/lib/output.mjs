/**
 * A failure the person running the script can act on: it is printed as its
 * message, never as a stack trace, and the script exits non-zero.
 */
export class Failure extends Error {
  constructor(message) {
    super(message);
    this.name = "Failure";
  }
}

const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint("1");
const dim = paint("2");
const red = paint("31");

/** Announces a step, so a long run reads as a list of what happened. */
export function heading(title) {
  console.log(`\n${bold(`▸ ${title}`)}`);
}

/** A quieter line under the current step. */
export function info(text) {
  console.log(dim(`  ${text}`));
}

/** Prints a problem in red without stopping the script. */
export function warn(text) {
  console.error(red(text));
}

/**
 * Runs a script body and turns its outcome into the exit code: a Failure
 * prints its message, anything unexpected prints its message only.
 */
export async function main(body) {
  try {
    process.exitCode = (await body()) ?? 0;
  } catch (error) {
    const message = error instanceof Failure ? error.message : `Unexpected error: ${error?.message ?? error}`;
    warn(`\n✖ ${message}`);
    process.exitCode = 1;
  }
}
