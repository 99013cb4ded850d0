import type { MatchModel } from "./match-model";

const lv = (pairs: Record<string, [number, number]>) =>
  Object.fromEntries(Object.entries(pairs).map(([level, [m, u]]) => [level, { m, u }]));

/**
 * Starting probabilities, set from what duplicate customer data usually
 * looks like, for a hub with no decisions to learn from yet. Retraining
 * (EM over candidate pairs plus steward decisions) replaces them.
 */
export const defaultModel: MatchModel = {
  version: "default-2",
  matchRate: 0.05,
  fields: {
    // Blocking already brings pairs with similar names together, so among candidates even an exact name is common.
    // A wholly different first name is the mark of a relative (household, twin), rarely of a typing error.
    firstName: lv({ exact: [0.72, 0.25], nickname: [0.05, 0.005], initial: [0.05, 0.03], close: [0.12, 0.05], similar: [0.04, 0.08], weak: [0.02, 0.15], different: [0.005, 0.44] }),
    lastName: lv({ exact: [0.8, 0.2], close: [0.1, 0.05], similar: [0.06, 0.1], different: [0.04, 0.65] }),
    // One name under two legal forms is a sister company about as often as a slip: no evidence either way.
    organizationName: lv({ exact: [0.72, 0.02], otherLegalForm: [0.01, 0.01], close: [0.12, 0.04], contains: [0.04, 0.01], tokens: [0.06, 0.1], different: [0.05, 0.82] }),
    dateOfBirth: lv({ exact: [0.85, 0.01], dayMonthSwapped: [0.04, 0.001], oneDigit: [0.04, 0.004], decadeDigit: [0.01, 0.002], sameYear: [0.02, 0.03], different: [0.04, 0.954] }),
    email: lv({ exact: [0.75, 0.002], sameLocalPart: [0.08, 0.005], similar: [0.05, 0.01], different: [0.12, 0.983] }),
    phone: lv({ exact: [0.7, 0.002], sameSubscriber: [0.05, 0.003], oneDigit: [0.04, 0.003], different: [0.21, 0.992] }),
    // Two types on one street name and number is a slip far more often than two neighbours; the same house under a
    // neighbourhood's name ("Brooklyn" for "New York") is rarer evidence than one postcode, but strangers seldom share it.
    address: lv({ exact: [0.7, 0.02], otherStreetType: [0.02, 0.002], otherCityName: [0.02, 0.004], sameStreet: [0.04, 0.02], samePlace: [0.6, 0.06], samePostalCode: [0.06, 0.08], sameCity: [0.05, 0.1], different: [0.15, 0.78] }),
    nationalId: lv({ exact: [0.95, 0.0005], oneEdit: [0.03, 0.001], different: [0.02, 0.9985] }),
    taxId: lv({ exact: [0.95, 0.0005], oneEdit: [0.03, 0.001], different: [0.02, 0.9985] }),
    country: lv({ exact: [0.97, 0.8], different: [0.03, 0.2] }),
  },
};
