/** The form's threshold inputs, named by the path the thresholds schema reports a problem under. */
export const thresholdInputs = [
  "person.auto",
  "person.review",
  "person.sameSource",
  "organization.auto",
  "organization.review",
  "organization.sameSource",
] as const;

export type ThresholdInput = (typeof thresholdInputs)[number];
