import type { Overrides } from "./overrides";

/** Which of two golden records survives a merge: the older, whose id downstream systems are likelier to hold; equal ages by id. */
export const olderFirst = (x: { createdAt: Date; id: string }, y: { createdAt: Date; id: string }) =>
  x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : 1);

/** The steward overrides a merge keeps: both records', the survivor's where both corrected one attribute. */
export const carriedOverrides = (survivor: Overrides, merged: Overrides): Overrides => ({ ...merged, ...survivor });
