import type { CustomerAttributes } from "@/src/golden/attributes";
import { rewrite, rewriteOneOf, type Corruption } from "./corruption";
import { splitLegalForm } from "./legal-forms";
import { nameVariants } from "./nicknames";
import { foldAccents, ocrError, typo } from "./text-errors";

const textFields = ["firstName", "lastName", "organizationName", "street", "city"] as const;

function mapText(a: CustomerAttributes, change: (s: string) => string): CustomerAttributes | null {
  const out = { ...a };
  for (const k of textFields) if (out[k]) out[k] = change(out[k]);
  return textFields.some((k) => out[k] !== a[k]) ? out : null;
}

/** How names drift between systems: slips, misreadings, nicknames, order, spelling of marks and legal forms. */
export const nameCorruptions: Corruption[] = [
  { kind: "typo:name", weight: 14, apply: (a, { f }) => rewriteOneOf(f, a, ["firstName", "lastName", "lastName", "organizationName"], (v) => typo(f, v)) },
  { kind: "ocr:name", weight: 3, apply: (a, { f }) => rewriteOneOf(f, a, ["firstName", "lastName", "organizationName"], (v) => ocrError(f, v)) },
  {
    kind: "nickname",
    weight: 6,
    apply: (a, { f }) => rewrite(a, "firstName", (v) => (nameVariants(v).length ? f.helpers.arrayElement(nameVariants(v)) : null)),
  },
  {
    kind: "swapped-names",
    weight: 2,
    apply: (a) => (a.firstName && a.lastName ? { ...a, firstName: a.lastName, lastName: a.firstName } : null),
  },
  {
    kind: "initial",
    weight: 3,
    apply: (a, { f }) => rewrite(a, "firstName", (v) => (v.length > 2 ? `${v[0]}${f.datatype.boolean() ? "." : ""}` : null)),
  },
  {
    kind: "married-name",
    weight: 1,
    apply: (a, { f }) =>
      a.firstName ? rewrite(a, "lastName", (v) => (f.datatype.boolean({ probability: 0.3 }) ? `${v}-${f.person.lastName()}` : f.person.lastName())) : null,
  },
  { kind: "accents", weight: 5, apply: (a, { f }) => mapText(a, (s) => foldAccents(s, f.helpers.arrayElement(["transliterate", "drop"] as const))) },
  { kind: "uppercase", weight: 5, apply: (a) => mapText(a, (s) => s.toUpperCase()) },
  {
    kind: "punctuation",
    weight: 4,
    apply: (a, { f }) =>
      rewriteOneOf(f, a, ["firstName", "lastName", "organizationName", "street"], (v) =>
        f.helpers.arrayElement([
          () => v.replace(/-/g, " "),
          () => v.replace(/ (?=\S)/, "-"),
          () => v.replace(/ /, "  "),
          () => `${v} `,
          () => `${v},`,
          () => v.replace(/ (and|und|et|en) /, " & ").replace(/,/g, ""),
          () => v.replace(/'/g, ""),
        ])(),
      ),
  },
  {
    kind: "legal-form-respelled",
    weight: 8,
    apply: (a, { f }) =>
      rewrite(a, "organizationName", (v) => {
        const form = splitLegalForm(v);
        const others = form?.spellings.filter((s) => s !== form.spelling) ?? [];
        return form && others.length ? `${form.base} ${f.helpers.arrayElement(others)}` : null;
      }),
  },
  { kind: "legal-form-dropped", weight: 6, apply: (a) => rewrite(a, "organizationName", (v) => splitLegalForm(v)?.base ?? null) },
];
