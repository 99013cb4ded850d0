import type { Faker } from "@faker-js/faker";
import { countries, countryWeights, createFakers, type Fakers } from "./locales";
import { assignSources, copyCount, externalIdFor } from "./assign-sources";
import { corruptRecord } from "./corrupt-record";
import { generateShape } from "./generate-shape";
import { makeLookalike } from "./make-lookalike";
import { makeOrganization } from "./make-organization";
import { makePerson } from "./make-person";
import { MailboxRegistry } from "./own-mailbox";
import type { Shape } from "./shapes";
import type { BenchRecord, SourceKey, TrueEntity } from "./types";

const countryChoice = countries.map((c) => ({ value: c, weight: countryWeights[c] }));

/** Share of customers built to resemble an earlier one (household members, namesakes, sister companies). */
const LOOKALIKE_SHARE = 0.12;

function makeEntity(e: number, control: Faker, byCountry: Fakers, bases: TrueEntity[], mailboxes: MailboxRegistry): TrueEntity {
  const entityId = `E${String(e).padStart(7, "0")}`;
  if (bases.length && control.datatype.boolean({ probability: LOOKALIKE_SHARE })) {
    const base = control.helpers.arrayElement(bases);
    const { attributes, relation } = makeLookalike(byCountry[base.country], base);
    return mailboxes.claim({ entityId, kind: base.kind, country: base.country, attributes, lookalikeOf: { entityId: base.entityId, relation } });
  }
  const country = control.helpers.weightedArrayElement(countryChoice);
  const kind = control.datatype.boolean({ probability: 0.85 }) ? "person" : "organization";
  const f = byCountry[country];
  const entity = mailboxes.claim({ entityId, kind, country, attributes: kind === "person" ? makePerson(f, country) : makeOrganization(f, country) });
  bases.push(entity);
  return entity;
}

/**
 * The labelled population the matcher is scored on: true customers, each
 * held 1..4 times across crm/erp/csv, every copy after the first corrupted,
 * and some customers who merely resemble others. One seed gives one
 * population, so two runs compare like with like. Other data shapes are
 * built by generateShape; this population is the `mixed` one.
 */
export function generateRecords(opts: { rows: number; seed: number; shape?: Shape }): BenchRecord[] {
  if (opts.shape && opts.shape !== "mixed") return generateShape({ ...opts, shape: opts.shape });
  const { control, byCountry } = createFakers(opts.seed);
  const records: Omit<BenchRecord, "externalId">[] = [];
  const bases: TrueEntity[] = [];
  const mailboxes = new MailboxRegistry();
  for (let e = 0; records.length < opts.rows; e++) {
    const entity = makeEntity(e, control, byCountry, bases, mailboxes);
    const { entityId, country, lookalikeOf } = entity;
    const sources = assignSources(control, Math.min(copyCount(control), opts.rows - records.length));
    sources.forEach((source, i) => {
      const copy = i === 0 ? { attributes: entity.attributes, corruptions: [] } : corruptRecord(entity.attributes, { f: byCountry[country], country });
      records.push({ source, entityId, updatedAt: control.date.past({ years: 3 }).toISOString(), ...copy, ...(lookalikeOf ? { lookalikeOf } : {}) });
    });
  }
  const counters: Record<SourceKey, number> = { crm: 0, erp: 0, csv: 0 };
  return control.helpers.shuffle(records).map((r) => ({ ...r, externalId: externalIdFor(r.source, ++counters[r.source]) }));
}
