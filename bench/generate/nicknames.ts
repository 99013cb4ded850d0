import type { Country } from "./locales";

/**
 * Given names and the short forms people go by, per country where the formal
 * name is common. A group is one set of interchangeable names: any member may
 * appear in one system and any other in the next.
 */
const groups: { countries: Country[]; names: string[] }[] = [
  { countries: ["US", "GB"], names: ["William", "Bill", "Will", "Billy"] },
  { countries: ["US", "GB"], names: ["Robert", "Bob", "Rob", "Bobby"] },
  { countries: ["US", "GB"], names: ["Elizabeth", "Liz", "Beth", "Betty", "Eliza"] },
  { countries: ["US", "GB"], names: ["Margaret", "Maggie", "Peggy", "Meg"] },
  { countries: ["US", "GB"], names: ["Richard", "Rick", "Dick", "Richie"] },
  { countries: ["US", "GB"], names: ["James", "Jim", "Jimmy", "Jamie"] },
  { countries: ["US", "GB"], names: ["Michael", "Mike", "Mick"] },
  { countries: ["US", "GB"], names: ["Katherine", "Kate", "Kathy", "Katie"] },
  { countries: ["US", "GB"], names: ["Christopher", "Chris", "Kit"] },
  { countries: ["US", "GB"], names: ["Joseph", "Joe", "Joey"] },
  { countries: ["US", "GB"], names: ["Daniel", "Dan", "Danny"] },
  { countries: ["US", "GB"], names: ["Matthew", "Matt"] },
  { countries: ["US", "GB"], names: ["Nicholas", "Nick", "Nicky"] },
  { countries: ["US", "GB"], names: ["Anthony", "Tony"] },
  { countries: ["US", "GB"], names: ["Edward", "Ed", "Ted", "Eddie"] },
  { countries: ["US", "GB"], names: ["Jennifer", "Jen", "Jenny"] },
  { countries: ["US", "GB"], names: ["Patricia", "Pat", "Patty", "Trish"] },
  { countries: ["US", "GB"], names: ["Susan", "Sue", "Susie"] },
  { countries: ["US", "GB"], names: ["Rebecca", "Becky", "Becca"] },
  { countries: ["US", "GB"], names: ["Samuel", "Sam", "Sammy"] },
  { countries: ["US", "GB"], names: ["Benjamin", "Ben", "Benny"] },
  { countries: ["US", "GB"], names: ["Andrew", "Andy", "Drew"] },
  { countries: ["US", "GB"], names: ["Steven", "Stephen", "Steve"] },
  { countries: ["US", "GB"], names: ["Charles", "Charlie", "Chuck"] },
  { countries: ["US", "GB"], names: ["Thomas", "Tom", "Tommy"] },
  { countries: ["US", "GB", "DE", "NL"], names: ["Alexander", "Alex", "Sascha"] },
  { countries: ["DE", "NL"], names: ["Johannes", "Hans", "Jan", "Johann"] },
  { countries: ["DE"], names: ["Friedrich", "Fritz"] },
  { countries: ["DE"], names: ["Wilhelm", "Willi", "Willy"] },
  { countries: ["DE"], names: ["Heinrich", "Heinz", "Heiner"] },
  { countries: ["DE"], names: ["Josef", "Sepp", "Joseph"] },
  { countries: ["DE"], names: ["Franziska", "Franzi"] },
  { countries: ["DE", "NL"], names: ["Maximilian", "Max"] },
  { countries: ["DE"], names: ["Margarethe", "Grete", "Gretchen"] },
  { countries: ["DE"], names: ["Christiane", "Christine", "Tina"] },
  { countries: ["FR"], names: ["Frédéric", "Fred"] },
  { countries: ["FR"], names: ["Nicolas", "Nico"] },
  { countries: ["FR"], names: ["Dominique", "Dom"] },
  { countries: ["FR"], names: ["Jean-Baptiste", "JB"] },
  { countries: ["FR"], names: ["Catherine", "Cathy", "Cat"] },
  { countries: ["FR"], names: ["Isabelle", "Isa", "Babette"] },
  { countries: ["NL"], names: ["Cornelis", "Kees", "Cor"] },
  { countries: ["NL"], names: ["Pieter", "Piet", "Peter"] },
  { countries: ["NL"], names: ["Hendrik", "Henk", "Henkie"] },
  { countries: ["NL"], names: ["Jacobus", "Koos", "Jaap"] },
  { countries: ["NL"], names: ["Wilhelmina", "Wilma", "Mien"] },
  { countries: ["NL"], names: ["Theodorus", "Theo", "Dorus"] },
];

const byName = new Map<string, Set<string>>();
for (const { names } of groups) {
  for (const name of names) {
    const others = byName.get(name) ?? new Set<string>();
    for (const other of names) if (other !== name) others.add(other);
    byName.set(name, others);
  }
}

/** Every other name the same person may be filed under in another system; empty when the name has none. */
export function nameVariants(name: string): string[] {
  return [...(byName.get(name) ?? [])];
}

/**
 * The formal names common in one country: faker draws given names uniformly
 * from long lists, while real populations crowd into a few common names, which
 * are the ones with nicknames.
 */
export function commonNames(country: Country): string[] {
  return groups.filter((g) => g.countries.includes(country)).map((g) => g.names[0]);
}
