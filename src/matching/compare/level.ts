/** How one field of two records agrees, as one of that field's named levels. */
export type Comparison = {
  /** the compared field, e.g. "lastName" or "address" */
  field: string;
  level: string;
  left: string;
  right: string;
  similarity: number;
  note?: string;
};

export type Side = Record<string, string | undefined>;

/**
 * The levels each field can take, strongest agreement first. The model
 * learns one weight per level, so these lists are the shape of the model.
 */
export const fieldLevels = {
  firstName: ["exact", "nickname", "initial", "close", "similar", "weak", "different"],
  lastName: ["exact", "close", "similar", "different"],
  organizationName: ["exact", "otherLegalForm", "close", "contains", "tokens", "different"],
  dateOfBirth: ["exact", "dayMonthSwapped", "oneDigit", "decadeDigit", "sameYear", "different"],
  email: ["exact", "sameLocalPart", "similar", "different"],
  phone: ["exact", "sameSubscriber", "oneDigit", "different"],
  address: ["exact", "otherStreetType", "otherCityName", "sameStreet", "samePlace", "samePostalCode", "sameCity", "different"],
  nationalId: ["exact", "oneEdit", "different"],
  taxId: ["exact", "oneEdit", "different"],
  country: ["exact", "different"],
} as const;

export type Field = keyof typeof fieldLevels;
