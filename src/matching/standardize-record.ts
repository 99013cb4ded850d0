/** The standardization that ingest, blocking and scoring share; the rules live in ./standardize, one file per kind of value. */
export {
  isUsableEmail,
  matchNameOf,
  standardizeDate,
  standardizePhone,
  standardizeRecord,
  titleCase,
} from "./standardize";
