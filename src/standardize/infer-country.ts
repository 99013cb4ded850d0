import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { CustomerAttributes } from "@/src/golden/attributes";

const usStates: Record<string, string> = {
  AL: "alabama", AK: "alaska", AZ: "arizona", AR: "arkansas", CA: "california", CO: "colorado", CT: "connecticut",
  DE: "delaware", DC: "district of columbia", FL: "florida", GA: "georgia", HI: "hawaii", ID: "idaho", IL: "illinois",
  IN: "indiana", IA: "iowa", KS: "kansas", KY: "kentucky", LA: "louisiana", ME: "maine", MD: "maryland",
  MA: "massachusetts", MI: "michigan", MN: "minnesota", MS: "mississippi", MO: "missouri", MT: "montana",
  NE: "nebraska", NV: "nevada", NH: "new hampshire", NJ: "new jersey", NM: "new mexico", NY: "new york",
  NC: "north carolina", ND: "north dakota", OH: "ohio", OK: "oklahoma", OR: "oregon", PA: "pennsylvania",
  RI: "rhode island", SC: "south carolina", SD: "south dakota", TN: "tennessee", TX: "texas", UT: "utah",
  VT: "vermont", VA: "virginia", WA: "washington", WV: "west virginia", WI: "wisconsin", WY: "wyoming",
  PR: "puerto rico", GU: "guam", VI: "virgin islands",
};

const canadianProvinces: Record<string, string> = {
  AB: "alberta", BC: "british columbia", MB: "manitoba", NB: "new brunswick", NL: "newfoundland and labrador",
  NS: "nova scotia", NT: "northwest territories", NU: "nunavut", ON: "ontario", PE: "prince edward island",
  QC: "quebec", SK: "saskatchewan", YT: "yukon",
};

const australianStates: Record<string, string> = {
  NSW: "new south wales", VIC: "victoria", QLD: "queensland", WA: "western australia", SA: "south australia",
  TAS: "tasmania", ACT: "australian capital territory", NT: "northern territory",
};

/** Each country's regions by code and by name, and the postcode shape that confirms it. */
const regionCountries: { country: string; regions: Set<string>; postcode: RegExp }[] = [
  { country: "US", regions: regionKeys(usStates), postcode: /^\d{5}(?:[ -]?\d{4})?$/ },
  { country: "CA", regions: regionKeys(canadianProvinces), postcode: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i },
  { country: "AU", regions: regionKeys(australianStates), postcode: /^\d{4}$/ },
];

function regionKeys(regions: Record<string, string>): Set<string> {
  return new Set(Object.entries(regions).flatMap(([code, name]) => [code.toLowerCase(), name]));
}

const regionKey = (region: string) => region.trim().toLowerCase().replace(/\./g, "").replace(/\s+/g, " ");

/** Postcodes only one country writes this way. */
const postcodeCountries: [RegExp, string][] = [
  [/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, "GB"],
  [/^\d{4} ?[A-Z]{2}$/i, "NL"],
  [/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, "CA"],
  [/^\d{5}-\d{4}$/, "US"],
];

/** Whether a value names a US state or a Canadian province, by code or name ("IL", "Illinois", "N.Y."). */
export function isNorthAmericanRegion(region: string): boolean {
  const key = regionKey(region);
  return regionCountries.some((c) => (c.country === "US" || c.country === "CA") && c.regions.has(key));
}

const countryOfPostcode = (code: string) => postcodeCountries.find(([shape]) => shape.test(code))?.[1];

/** The country a region names, told apart by the postcode when two have it ("WA" is Washington with a ZIP, Western Australia with four digits). */
function countryOfRegion(region: string, postalCode: string | undefined): string | undefined {
  const key = regionKey(region);
  const named = regionCountries.filter((c) => c.regions.has(key));
  const code = postalCode?.trim();
  const confirmed = code ? named.filter((c) => c.postcode.test(code)) : named;
  if (confirmed.length === 1) return confirmed[0].country;
  // A region only one country has, with a postcode of no shape: a ZIP keyed wrong, or a spreadsheet's lost leading zero ("2192").
  return named.length === 1 && confirmed.length === 0 && !(code && countryOfPostcode(code)) ? named[0].country : undefined;
}

/** The country of a valid number written internationally ("+44 …", "0049 …"); a national or invalid number says nothing. */
function countryOfPhone(phone: string): string | undefined {
  const international = phone.trim().replace(/^00(?=[1-9])/, "+");
  if (!international.startsWith("+")) return undefined;
  const parsed = parsePhoneNumberFromString(international);
  return parsed?.isValid() ? parsed.country : undefined;
}

/**
 * The country a record without one is in, when its own values say so
 * unambiguously: a state or province with a postcode of that country's shape,
 * a postcode only one country writes ("SW1A 1AA", "3511 AB", ZIP+4), or a
 * phone number in international form. A US list exported without a country
 * column is the common case: without it "412 N Oak Ave Apt 3" would be read
 * the German way, house number last, and its phones would stay national.
 */
export function inferCountry(a: CustomerAttributes): string | undefined {
  const fromRegion = a.region ? countryOfRegion(a.region, a.postalCode) : undefined;
  if (fromRegion) return fromRegion;
  const postcode = a.postalCode?.trim();
  const fromPostcode = postcode ? countryOfPostcode(postcode) : undefined;
  return fromPostcode ?? (a.phone ? countryOfPhone(a.phone) : undefined);
}
