import { z } from "zod";
import { businessPartnerSchema } from "./business-partner-schema";

/** One page of a collection in OData V2's `d.results` envelope; partners are checked one by one later, so one bad partner costs only itself. */
export const partnerPageSchema = z.object({
  d: z.object({
    results: z.array(z.unknown()),
    __next: z.string().optional(),
    __count: z.string().optional(),
  }),
});

/** What ordering a partner in its stream needs; read apart from the mapping so a mapping problem never stalls the cursor. */
export const partnerPositionSchema = businessPartnerSchema.pick({ BusinessPartner: true, CreationDate: true, CreationTime: true, LastChangeDate: true, LastChangeTime: true });
