import { z } from "zod";
import { isRecordId } from "@/src/ids";

/** An id chosen on a page; a malformed one only comes from a stale or tampered page, so the message says to reload. */
export const recordIdField = (what: string) =>
  z.string({ error: `${what}: reload the page and choose again.` }).refine(isRecordId, `${what}: reload the page and choose again.`);
