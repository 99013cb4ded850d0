import { orderedPair } from "@/src/golden/repoint-suspects";
import type { ScoredGolden } from "@/src/matching/decide-match";

/** A suspect between a golden record and a scored candidate, its evidence turned to the pair's left/right order, which the UI shows side by side. */
export function suspectRow(goldenRecordId: string, s: ScoredGolden) {
  const pair = orderedPair(goldenRecordId, s.goldenRecordId);
  const fields = pair.leftId === goldenRecordId ? s.fields : s.fields.map((f) => ({ ...f, left: f.right, right: f.left }));
  return { ...pair, score: s.score, explanation: { prior: s.prior, modelVersion: s.modelVersion, fields } };
}
