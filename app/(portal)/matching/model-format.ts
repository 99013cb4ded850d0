const probability = new Intl.NumberFormat("en-US", { style: "percent", maximumSignificantDigits: 3 });
const share = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** m and u run from 0.05% to 99%; three significant digits keep both ends readable. */
export function formatProbability(p: number): string {
  return probability.format(p);
}

/** Precision and recall near 100% differ in the first decimal, which whole percentages would hide. */
export function formatShare(p: number): string {
  return share.format(p);
}

/** Level names are identifiers ("dayMonthSwapped"); people read words ("day month swapped"). */
export function levelLabel(level: string): string {
  const words = level.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
