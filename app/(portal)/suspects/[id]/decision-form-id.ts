/** The id of the decision form, which the field-pick radios in the comparison table name as their form. */
export const decisionFormId = "decision-form";
