import { rewrite, type Corruption } from "./corruption";
import { nameVariants } from "./nicknames";

/**
 * A field holding someone else's value while the rest of the record is
 * right: the spouse's given name typed into the customer's form, a birth
 * date taken from the line above, a hotel's switchboard given as the phone.
 * Nothing about the value itself looks wrong.
 */
export const foreignValueCorruptions: Corruption[] = [
  {
    kind: "foreign:firstName",
    weight: 2,
    apply: (a, { f }) =>
      rewrite(a, "firstName", (v) => {
        const other = f.person.firstName();
        return other[0] === v[0] || nameVariants(v).includes(other) ? null : other;
      }),
  },
  {
    kind: "foreign:dob",
    weight: 2,
    apply: (a, { f }) => rewrite(a, "dateOfBirth", () => f.date.birthdate({ mode: "age", min: 18, max: 90 }).toISOString().slice(0, 10)),
  },
  {
    kind: "shared-phone",
    weight: 2,
    apply: (a, { f, switchboards }) => (switchboards?.length ? { ...a, phone: f.helpers.arrayElement(switchboards) } : null),
  },
];
