import type { CustomerAttributes } from "@/src/golden/attributes";
import { addressCorruptions } from "./address-corruptions";
import { contactCorruptions } from "./contact-corruptions";
import type { Corruption, CorruptionContext } from "./corruption";
import { dateCorruptions } from "./date-corruptions";
import { nameCorruptions } from "./name-corruptions";

/** Every corruption the generator knows, for the corruptor and for tests that exercise each one. */
export const corruptions: Corruption[] = [...nameCorruptions, ...contactCorruptions, ...dateCorruptions, ...addressCorruptions];

/** Most copies differ from the truth in one or two ways; a few are exact retypes. */
const howMany = [
  { value: 0, weight: 5 },
  { value: 1, weight: 45 },
  { value: 2, weight: 32 },
  { value: 3, weight: 18 },
];

function sameAttributes(a: CustomerAttributes, b: CustomerAttributes): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

/**
 * Turns the truth into one source's copy of it and says what went wrong, so
 * a missed match can be blamed on the corruption that caused it. Only
 * corruptions that changed something are reported. A data shape may draw
 * from a longer list than the mixed population's.
 */
export function corruptRecord(
  truth: CustomerAttributes,
  ctx: CorruptionContext,
  from: readonly Corruption[] = corruptions,
): { attributes: CustomerAttributes; corruptions: string[] } {
  const wanted = ctx.f.helpers.weightedArrayElement(howMany);
  let attributes = truth;
  const applied: string[] = [];
  let pool = from;
  while (applied.length < wanted && pool.length) {
    const pick = ctx.f.helpers.weightedArrayElement(pool.map((c) => ({ weight: c.weight, value: c })));
    pool = pool.filter((c) => c !== pick);
    const next = pick.apply(attributes, ctx);
    if (next && !sameAttributes(next, attributes)) {
      attributes = next;
      applied.push(pick.kind);
    }
  }
  return { attributes, corruptions: applied };
}
