/**
 * National and tax identifiers without the separators sources print them
 * with ("12 345.678-x", "DE 123/456/789"), upper-cased, so one number is one
 * string however it was typed.
 */
export function standardizeIdentifier(value: string): string {
  return value.replace(/[\s.\-/‐-―]/g, "").toUpperCase();
}
