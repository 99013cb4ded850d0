import { systemPrincipal } from "@/src/auth/principal";
import { prisma, sql } from "@/src/db";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { writeGoldenRecords } from "./golden-writer";

const BATCH = 500;

type Progress = { status: string; input: { version?: number; cursor?: string } };

/**
 * Applies the rule set a bulk action names to every active golden record,
 * 500 per transaction in id order, remembering where it got to so a retried
 * job (a killed worker) resumes there. Records whose values change get a
 * version and an event; a newer save stops this run, since its own job
 * covers every record again.
 */
export async function recomputeGoldenRecords({ bulkActionId }: { bulkActionId: string }): Promise<{ done: number }> {
  const action = await prisma.bulkAction.findUnique({ where: { id: bulkActionId } });
  if (!action || action.status === "DONE" || action.status === "FAILED") return { done: action?.done ?? 0 };
  const { version } = action.input as Progress["input"];
  if (action.status === "PENDING") {
    const total = await prisma.goldenRecord.count({ where: { status: "ACTIVE" } });
    await prisma.bulkAction.update({ where: { id: bulkActionId }, data: { status: "RUNNING", total, startedAt: new Date() } });
  }
  const principal = systemPrincipal(`survivorship rules v${version}`);
  for (;;) {
    const [state] = await sql<Progress[]>`SELECT status, input FROM "BulkAction" WHERE id = ${bulkActionId}`;
    const [active] = await sql<{ version: number }[]>`SELECT version FROM "SurvivorshipRuleSet" WHERE status = 'ACTIVE' ORDER BY version DESC LIMIT 1`;
    const cursor = state.input.cursor ?? "";
    const ids = active?.version === version
      ? (await sql<{ id: string }[]>`SELECT id FROM "GoldenRecord" WHERE status = 'ACTIVE' AND id > ${cursor} ORDER BY id LIMIT ${BATCH}`).map((r) => r.id)
      : [];
    if (!ids.length) break;
    await writeGoldenRecords(principal, async (golden) => {
      // A save since the check above: its own job covers every record, and these versions would name the wrong rules.
      if ((await golden.rulesVersion()) !== version) return;
      const locked = (await golden.lock(ids)).filter((g) => g.status === "ACTIVE");
      await golden.rebuild(new Map(locked.map((g) => [g.id, { reasons: [`survivorship rules v${version}`], force: false }])));
      await golden.tx`
        UPDATE "BulkAction" SET done = done + ${ids.length}, input = input || ${golden.tx.json({ cursor: ids[ids.length - 1] })}
        WHERE id = ${bulkActionId}`;
    });
    await requestDispatch();
  }
  const finished = await prisma.bulkAction.update({ where: { id: bulkActionId }, data: { status: "DONE", finishedAt: new Date() } });
  return { done: finished.done };
}
