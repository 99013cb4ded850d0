import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { collectTermFrequencies } from "./collect-term-frequencies";
import { collectTrainingPairs } from "./collect-training-pairs";
import { defaultModel } from "./default-model";
import { estimateModel } from "./estimate-model";
import { expectedQuality } from "./expected-quality";
import { loadActiveModel } from "./load-active-model";

/**
 * Learns a new model version from the hub's own candidate pairs and steward
 * decisions, with how common each name is among its records, and stores it as a DRAFT with the precision and recall it expects
 * at the current thresholds. Nothing changes for matching until an admin
 * activates it.
 */
export async function retrainModel(opts: { principal: Principal; sample?: number }) {
  authorize(opts.principal, "matching.manage");
  const active = await loadActiveModel({ fresh: true });
  const pairs = await collectTrainingPairs({ sample: opts.sample ?? 5000 });
  // Always from the built-in starting point: retraining twice on the same data gives the same model, instead of drifting with each round.
  const { model, iterations } = estimateModel(defaultModel, pairs, "draft");
  const vectors = pairs.filter((p) => p.label === undefined).map((p) => p.vector);
  const t = active.thresholds.person;
  const [atAuto, atReview] = expectedQuality(model, vectors, [t.auto, t.review]);
  const { version: _, ...estimated } = model;
  const parameters = { ...estimated, frequencies: await collectTermFrequencies() };
  return prisma.matchModel.create({
    data: {
      parameters,
      thresholds: active.thresholds,
      quality: { autoMerge: atAuto, review: atReview },
      training: { pairs: pairs.length, labelled: pairs.length - vectors.length, iterations, startedFrom: active.version },
      createdBy: opts.principal.label,
    },
  });
}
