import { randomInt } from "node:crypto";

// 32 letters and digits without the look-alikes 0/O and 1/I/L, so a password read off a screen is typed right.
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789ab";
const GROUPS = 5;
const GROUP_LENGTH = 4;

/**
 * A password for a new user, shown once to the admin who invites them
 * (there is no mail server to send a link). Twenty characters from 32 give
 * 100 bits, far past guessing; the dashes only help reading it aloud.
 */
export function oneTimePassword(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => alphabet[randomInt(alphabet.length)]).join(""));
  return groups.join("-");
}
