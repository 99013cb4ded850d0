import { recomputeGoldenRecords } from "@/src/golden/recompute-golden-records";
import type { JobHandler } from "./job-handler";

/** Applies saved survivorship rules to the golden records already stored; resumable, so a retry continues where a killed run stopped. */
export const goldenRecompute: JobHandler<"golden.recompute"> = (payload) => recomputeGoldenRecords(payload);
