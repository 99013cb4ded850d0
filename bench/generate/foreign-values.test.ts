import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { foreignValueCorruptions } from "./foreign-values";
import { createFakers } from "./locales";

const { byCountry } = createFakers(7);
const apply = (kind: string, a: CustomerAttributes, switchboards?: string[]) =>
  foreignValueCorruptions.find((c) => c.kind === kind)!.apply(a, { f: byCountry.US, country: "US", switchboards });

describe("foreignValueCorruptions", () => {
  const person: CustomerAttributes = { firstName: "Margaret", lastName: "Hill", dateOfBirth: "1961-04-12", phone: "+12125550143", street: "Oak Ave", nationalId: "123-45-6789" };

  it("puts someone else's given name or birth date in one field and keeps every other field", () => {
    for (let i = 0; i < 50; i++) {
      const name = apply("foreign:firstName", person);
      if (name) {
        expect(name.firstName![0]).not.toBe("M");
        expect({ ...name, firstName: person.firstName }).toEqual(person);
      }
      const dob = apply("foreign:dob", person)!;
      expect(dob.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dob.dateOfBirth).not.toBe(person.dateOfBirth);
      expect({ ...dob, dateOfBirth: person.dateOfBirth }).toEqual(person);
    }
  });

  it("gives a shared switchboard number for the phone, and declines where nobody shares one", () => {
    const switchboards = ["+12125550100", "+13125550100"];
    expect(switchboards).toContain(apply("shared-phone", person, switchboards)?.phone);
    expect(apply("shared-phone", person)).toBeNull();
  });
});
