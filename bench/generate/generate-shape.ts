import type { Faker } from "@faker-js/faker";
import type { CorruptionContext } from "./corruption";
import { corruptRecord } from "./corrupt-record";
import { externalIdFor } from "./assign-sources";
import { createFakers, type Country } from "./locales";
import { makeLookalike } from "./make-lookalike";
import { makeUsPerson } from "./make-us-person";
import { MailboxRegistry } from "./own-mailbox";
import { asUsSpreadsheetRow } from "./spreadsheet-layout";
import { shapePlans, type Draft, type ShapePlan } from "./shape-plans";
import type { Shape } from "./shapes";
import { makeSwitchboards, SwitchboardOwners } from "./switchboards";
import type { BenchRecord, SourceKey, TrueEntity } from "./types";
import { somePlace, usAddress } from "./us-addresses";
import { placeOf } from "./us-places";

/** Share of persons built to resemble an earlier one, as in the mixed population. */
const LOOKALIKE_SHARE = 0.12;

/** Share of customers whose own number is a shared one (a hotel, a hospital, an employer's main line). */
const SWITCHBOARD_SHARE = 0.02;

type Population = {
  control: Faker;
  byCountry: Record<Country, Faker>;
  switchboards: Record<Country, string[]>;
  owners: SwitchboardOwners;
  mailboxes: MailboxRegistry;
  bases: TrueEntity[];
};

const idOf = (e: number) => `E${String(e).padStart(7, "0")}`;

/** A shared number for a few customers, marked as resembling the first who gave it. */
function withSwitchboard(entity: TrueEntity, p: Population): TrueEntity {
  if (!entity.attributes.phone || !p.control.datatype.boolean({ probability: SWITCHBOARD_SHARE })) return entity;
  const phone = p.control.helpers.arrayElement(p.switchboards[entity.country]);
  const owner = p.owners.ownerBefore(phone, entity.entityId);
  const shared = { ...entity, attributes: { ...entity.attributes, phone } };
  return owner && !entity.lookalikeOf ? { ...shared, lookalikeOf: { entityId: owner, relation: "switchboard" } } : shared;
}

/** The next customers: a person resembling an earlier one, or what the plan drafts (sites pointing at their head office). */
function entitiesOf(plan: ShapePlan, p: Population, firstId: number): TrueEntity[] {
  const { control, byCountry } = p;
  if (plan.lookalikes && p.bases.length && control.datatype.boolean({ probability: LOOKALIKE_SHARE })) {
    const base = control.helpers.arrayElement(p.bases);
    const f = byCountry[base.country];
    const { attributes, relation } = makeLookalike(f, base, base.country === "US" ? () => makeUsPerson(f) : undefined);
    return [p.mailboxes.claim({ entityId: idOf(firstId), kind: base.kind, country: base.country, attributes, lookalikeOf: { entityId: base.entityId, relation } })];
  }
  const drafts: Draft[] = plan.drafts(control, (c) => byCountry[c]);
  const entities = drafts.map((d, i) => {
    const site = d.siteOf === undefined ? {} : { lookalikeOf: { entityId: idOf(firstId + d.siteOf), relation: "site" } };
    return p.mailboxes.claim(withSwitchboard({ entityId: idOf(firstId + i), kind: d.kind, country: d.country, attributes: d.attributes, ...site }, p));
  });
  if (plan.lookalikes) p.bases.push(...entities);
  return entities;
}

/** Organizations move across town; people mostly do, some to another city. */
const LOCAL_MOVE_SHARE = { person: 0.6, organization: 1 };

function contextFor(entity: TrueEntity, p: Population): CorruptionContext {
  const f = p.byCountry[entity.country];
  const home = placeOf(entity.attributes.city ?? "");
  const kind = entity.kind === "person" ? "home" : "office";
  const freshAddress = () => {
    const local = home && f.datatype.boolean({ probability: LOCAL_MOVE_SHARE[entity.kind] });
    return usAddress(f, local ? home : somePlace(f), kind);
  };
  return { f, country: entity.country, switchboards: p.switchboards[entity.country], ...(entity.country === "US" ? { freshAddress } : {}) };
}

/**
 * A labelled population of one data shape (see shapes.ts): the customers the
 * shape's plan builds, each held by the sources it says, the first record
 * clean and every other one corrupted from the shape's own list. Seeded like
 * the mixed population, so one seed gives one population.
 */
export function generateShape(opts: { rows: number; seed: number; shape: Exclude<Shape, "mixed"> }): BenchRecord[] {
  const plan = shapePlans[opts.shape];
  const { control, byCountry } = createFakers(opts.seed);
  const p: Population = { control, byCountry, switchboards: makeSwitchboards(control, byCountry), owners: new SwitchboardOwners(), mailboxes: new MailboxRegistry(), bases: [] };
  const records: Omit<BenchRecord, "externalId">[] = [];
  for (let e = 0; records.length < opts.rows; ) {
    const entities = entitiesOf(plan, p, e);
    e += entities.length;
    for (const entity of entities) {
      const sources = plan.sources(control).slice(0, opts.rows - records.length);
      const ctx = contextFor(entity, p);
      sources.forEach((source, i) => {
        const copy = i === 0 ? { attributes: entity.attributes, corruptions: [] } : corruptRecord(entity.attributes, ctx, plan.corruptions);
        if (source === "csv" && entity.country === "US") copy.attributes = asUsSpreadsheetRow(copy.attributes, { wholeAddress: opts.shape === "organizations" });
        const lookalikeOf = entity.lookalikeOf ? { lookalikeOf: entity.lookalikeOf } : {};
        records.push({ source, entityId: entity.entityId, updatedAt: control.date.past({ years: 3 }).toISOString(), ...copy, ...lookalikeOf });
      });
    }
  }
  const counters: Record<SourceKey, number> = { crm: 0, erp: 0, csv: 0 };
  return control.helpers.shuffle(records).map((r) => ({ ...r, externalId: externalIdFor(r.source, ++counters[r.source]) }));
}
