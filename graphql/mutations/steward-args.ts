import { z } from "zod";
import { attributeNames } from "@/src/golden/attributes";

export const id = z.string().trim().min(1).max(200);
export const reason = z.string().trim().min(1, "give a reason").max(500);
export const attributeValues = z
  .array(z.object({ attribute: z.enum(attributeNames), value: z.string().max(500).nullish() }))
  .max(attributeNames.length)
  .nullish();

/** An attribute list as the map the domain takes; null stays null (unknown). */
export const toMap = (list: z.infer<typeof attributeValues>) => Object.fromEntries((list ?? []).map((v) => [v.attribute, v.value ?? null]));
