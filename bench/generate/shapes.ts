/**
 * The kinds of customer list the matcher is scored on. `mixed` is the
 * original population (persons and organizations from five countries in
 * three sources), kept as it was so old figures stay comparable; the others
 * imitate the labelled lists matching is judged on elsewhere: two sources
 * linked, one source deduplicated, and an organization list with sites.
 */
export const shapes = ["mixed", "two-source", "one-source", "organizations"] as const;

export type Shape = (typeof shapes)[number];
