/** The form's four threshold inputs, named by the path the thresholds schema reports a problem under. */
export const thresholdInputs = ["person.auto", "person.review", "organization.auto", "organization.review"] as const;

export type ThresholdInput = (typeof thresholdInputs)[number];
