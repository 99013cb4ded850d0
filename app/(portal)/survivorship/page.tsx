import type { Metadata } from "next";
import { can } from "@/src/auth/permissions";
import { prisma } from "@/src/db";
import { recomputeKind } from "@/src/golden/save-survivorship-rules";
import { strategies, survivorshipRulesSchema, survivorshipUnits } from "@/src/golden/survivorship-rules";
import { attributeLabel, formatTime } from "@/app/components/format";
import { requirePrincipal } from "@/app/components/require-principal";
import type { AttributeName } from "@/src/golden/attributes";
import { RecomputeProgress } from "./recompute-progress";
import { RulesForm } from "./rules-form";

export const metadata: Metadata = { title: "Survivorship rules" };

/** The admin's survivorship rules: how each golden value is chosen, their versions, and the recompute after a save. */
export default async function SurvivorshipPage() {
  if (!can(await requirePrincipal(), "rules.manage")) {
    return (
      <div className="page-head">
        <h1>Survivorship rules</h1>
        <p className="notice warn" role="alert">
          Only administrators can change how golden values are chosen.
        </p>
      </div>
    );
  }
  const [versions, sources, recompute] = await Promise.all([
    prisma.survivorshipRuleSet.findMany({ orderBy: { version: "desc" }, take: 20 }),
    prisma.source.findMany({ orderBy: [{ priority: "desc" }, { key: "asc" }], select: { key: true, name: true, priority: true } }),
    prisma.bulkAction.findFirst({ where: { kind: recomputeKind }, orderBy: { createdAt: "desc" } }),
  ]);
  const active = versions.find((v) => v.status === "ACTIVE");
  const rules = active ? survivorshipRulesSchema.catch({}).parse(active.rules) : {};
  const units = survivorshipUnits.map((u) => ({
    key: u.key,
    label: u.attributes.length > 1 ? u.label : attributeLabel(u.key as AttributeName),
    attributes: u.attributes.map(attributeLabel),
  }));
  return (
    <>
      <div className="page-head">
        <h1>Survivorship rules</h1>
        <p className="muted">
          For each attribute (names and addresses as a whole) the rule that picks the golden value from the source records. In force:{" "}
          {active ? `version ${active.version}, saved by ${active.createdBy} ${formatTime(active.createdAt)}` : "the built-in rules (source priority everywhere)"}.
        </p>
      </div>
      {recompute && (
        <RecomputeProgress status={recompute.status} total={recompute.total} done={recompute.done} version={(recompute.input as { version?: number }).version ?? null} />
      )}
      <section className="panel">
        <RulesForm units={units} rules={rules} strategies={strategies} sources={sources} />
      </section>
      {versions.length > 0 && (
        <section className="panel" aria-labelledby="versions">
          <h2 id="versions">Versions</h2>
          <div className="scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                  <th scope="col">Saved</th>
                  <th scope="col">By</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id}>
                    <td>v{v.version}</td>
                    <td>{v.status.toLowerCase()}</td>
                    <td className="nowrap">{formatTime(v.createdAt)}</td>
                    <td>{v.createdBy}</td>
                    <td className="value">
                      <bdi>{v.note ?? "—"}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
