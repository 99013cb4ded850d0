import { z } from "zod";
import { odataDate, odataTime } from "./business-partner-schema";

/** One page of a collection in OData V2's `d.results` envelope; partners are checked one by one later, so one bad partner costs only itself. */
export const partnerPageSchema = z.object({
  d: z.object({
    results: z.array(z.unknown()),
    __next: z.string().optional(),
    __count: z.string().optional(),
  }),
});

/** What ordering a partner in its stream needs; read apart from the mapping so a mapping problem never stalls the cursor. */
export const partnerPositionSchema = z.object({
  BusinessPartner: z.string().trim().min(1),
  CreationDate: odataDate,
  CreationTime: odataTime,
  LastChangeDate: odataDate,
  LastChangeTime: odataTime,
});
