import { describe, expect, it } from "vitest";
import { blockingKeysOf } from "./blocking-keys";
import { standardizeRecord } from "@/src/standardize/record";

const keysOf = (attributes: Record<string, string>) => blockingKeysOf(standardizeRecord(attributes));

describe("blockingKeysOf", () => {
  it("gives a swapped or abbreviated name the same home-and-birthday key", () => {
    const a = keysOf({ firstName: "Bret", lastName: "Mann", dateOfBirth: "1967-03-10", postalCode: "31962-6411" });
    const b = keysOf({ firstName: "Mann", lastName: "B.", dateOfBirth: "10.03.1967", postalCode: "31962 6411" });
    expect(a.homeBirthKey).not.toBeNull();
    expect(b.homeBirthKey).toBe(a.homeBirthKey);
    expect(b.birthKey).not.toBe(a.birthKey);
  });

  it("searches a family name without the particles it begins with, and leaves given names, one-word family names and companies whole", () => {
    expect(keysOf({ firstName: "Anna", lastName: "van der Meer" }).searchName).toBe("anna meer");
    expect(keysOf({ firstName: "Anna", lastName: "Meer" }).searchName).toBe("anna meer");
    expect(keysOf({ fullName: "Ludwig van Beethoven" }).searchName).toBe("ludwig beethoven");
    expect(keysOf({ firstName: "María", lastName: "de la Cruz y Ortega" }).searchName).toBe("maria cruz y ortega");
    expect(keysOf({ firstName: "Anna", lastName: "Le" }).searchName).toBe("anna le");
    expect(keysOf({ firstName: "Thành", lastName: "Lê Văn" }).searchName).toBe("thanh le van");
    expect(keysOf({ firstName: "Al", lastName: "Pacino" }).searchName).toBe("al pacino");
    expect(keysOf({ firstName: "Anna", lastName: "van der" }).searchName).toBe("anna van der");
    expect(keysOf({ organizationName: "La Poste SA" }).searchName).toBe("la poste");
    expect(keysOf({ email: "a@b.example" }).searchName).toBeNull();
  });

  it("keys an organization by the sound of its first word, without its legal form", () => {
    const a = keysOf({ organizationName: "Meyer Logistik GmbH", postalCode: "10115" });
    const b = keysOf({ organizationName: "Maier Transporte KG", postalCode: "10115" });
    expect(a.phoneticKey).not.toBeNull();
    expect(b.phoneticKey).toBe(a.phoneticKey);
  });

  it("gives no sound key to a name Double Metaphone cannot spell, rather than one key shared by all such names", () => {
    expect(keysOf({ organizationName: "7-Eleven Inc.", postalCode: "10115" }).phoneticKey).toBeNull();
    expect(keysOf({ firstName: "Иван", lastName: "Петров", postalCode: "101000" }).phoneticKey).toBeNull();
  });

  it("gives a moved customer whose name is misspelt or reordered the same name-sound key, and a lone word none", () => {
    const a = keysOf({ firstName: "John", lastName: "Smith", postalCode: "10115" });
    const b = keysOf({ firstName: "Smyth", lastName: "Jon", postalCode: "80331" });
    expect(a.nameSoundKey).not.toBeNull();
    expect(b.nameSoundKey).toBe(a.nameSoundKey);
    expect(b.phoneticKey).not.toBe(a.phoneticKey);
    expect(keysOf({ firstName: "Mary", lastName: "Smith" }).nameSoundKey).not.toBe(a.nameSoundKey);
    expect(keysOf({ lastName: "Smith" }).nameSoundKey).toBeNull();
    expect(keysOf({ firstName: "Иван", lastName: "Петров" }).nameSoundKey).toBeNull();
  });

  it("keys the home by postal code and house number, however they are spelt, and not a street without a number", () => {
    const a = keysOf({ firstName: "Andre", lastName: "Metz", postalCode: "71839-8790", street: "Sauer Burg", houseNumber: "522" });
    const b = keysOf({ firstName: "Andrew", lastName: "Mertz", postalCode: "71839 8790", street: "Sauer Burg 522" });
    expect(a.addressKey).not.toBeNull();
    expect(b.addressKey).toBe(a.addressKey);
    expect(keysOf({ lastName: "Metz", postalCode: "71839-8790", street: "Sauer Burg" }).addressKey).toBeNull();
    expect(keysOf({ lastName: "Metz", postalCode: "71839-8790", street: "Sauer Burg", houseNumber: "s/n" }).addressKey).toBeNull();
  });

  it("keys the mailbox name, not a role mailbox, and leaves keys of missing values empty", () => {
    expect(keysOf({ lastName: "Bernier", email: "dolly.bernier@hotmail.com" }).mailboxKey).toBe("dolly.bernier");
    expect(keysOf({ organizationName: "Acme", email: "info@acme.example" }).mailboxKey).toBeNull();
    expect(keysOf({ lastName: "Bernier" })).toMatchObject({ mailboxKey: null, homeBirthKey: null, phoneticKey: null, birthKey: null, nameSoundKey: null, addressKey: null });
  });
});
