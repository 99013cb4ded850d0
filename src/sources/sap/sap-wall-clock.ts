/**
 * SAP stamps CreationDate/Time and LastChangeDate/Time with its server's
 * wall clock, in whatever zone the system runs. These turn such a stamp into
 * real instants with Intl alone (no time-zone package): a wall-clock time
 * means one instant, two in the hour a fall-back repeats, none in a
 * spring-forward gap.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const two = "2-digit" as const;
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: two, day: two, hour: two, minute: two, second: two });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone by this IANA name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterOf(name);
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock date and time as if it were UTC, the scale the offsets below are measured on. */
export const wallMs = (date: string, time: string) => Date.parse(`${date}T${time}Z`);

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterOf(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.parse(`${parts.year.padStart(4, "0")}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
  return wall - Math.floor(ms / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/** Every instant the wall-clock time means, earliest first; a day either side covers any one transition. */
function instantsOf(wall: number, timeZone: string): number[] {
  const offsets = new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)]);
  return [...offsets].map((offset) => wall - offset).filter((ms) => offsetAt(ms, timeZone) === wall - ms).sort((a, b) => a - b);
}

/** A time in a spring-forward gap, which the system's clock never shows, is read with the offset before the gap. */
const orGap = (instants: number[], wall: number, timeZone: string) => (instants.length ? instants : [wall - offsetAt(wall - DAY_MS, timeZone)]);

/** The latest instant a wall-clock second may mean: when it is surely over. */
export const latestInstant = (date: string, time: string, timeZone: string) => orGap(instantsOf(wallMs(date, time), timeZone), wallMs(date, time), timeZone).at(-1)!;

/** How far the wall clock went back if this time lies in an hour a fall-back repeats, else 0. */
export function repeatedBy(date: string, time: string, timeZone: string): number {
  const instants = instantsOf(wallMs(date, time), timeZone);
  return instants.length > 1 ? instants[1] - instants[0] : 0;
}

/**
 * The instant of a change SAP stamped at this wall-clock time, as read at
 * `now`. In a repeated hour it is the later of the two instants unless that
 * has not happened yet: then it can only be the earlier one. So a change
 * read before the fall-back keeps its true instant, and any change made
 * after a read maps to an instant after that read, so a later change never
 * looks older than one already read. The result is never after `now`: a
 * system clock running ahead must not stamp a record in our future, where it
 * would win every "most recent" comparison until then.
 */
export function changeInstant(date: string, time: string, timeZone: string, now: Date): Date {
  const wall = wallMs(date, time);
  const instants = orGap(instantsOf(wall, timeZone), wall, timeZone);
  const nowMs = Math.floor(now.getTime() / 1000) * 1000;
  const chosen = instants.findLast((ms) => ms <= nowMs) ?? instants[0];
  return new Date(Math.min(chosen, nowMs));
}
