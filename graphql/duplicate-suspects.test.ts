import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("STEWARD");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const SUSPECTS = `
  query ($after: String, $status: SuspectStatus = OPEN) {
    duplicateSuspects(first: 100, after: $after, status: $status) {
      edges { node { id score status explanation left { id } right { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type Suspect = { id: string; score: number; status: string; explanation: unknown; left: { id: string }; right: { id: string } };

// Other test files may leave suspects in the shared database, so walk every page and keep ours.
async function allSuspects(status: string): Promise<Suspect[]> {
  const nodes: Suspect[] = [];
  let after: string | null = null;
  do {
    const { body } = await postGraphQL(SUSPECTS, { token, variables: { after, status } });
    expect(body.errors).toBeUndefined();
    const connection = body.data.duplicateSuspects;
    nodes.push(...connection.edges.map((e: { node: Suspect }) => e.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe("duplicateSuspects", () => {
  it("lists open suspects highest score first with both records and the explanation", async () => {
    const [a, b, c] = [await fx.golden({ displayName: "A" }), await fx.golden({ displayName: "B" }), await fx.golden({ displayName: "C" })];
    const explanation = { name: { left: "A", right: "B", score: 0.8 } };
    const low = await prisma.duplicateSuspect.create({ data: { leftId: a.id, rightId: b.id, score: 0.61, explanation } });
    const high = await prisma.duplicateSuspect.create({ data: { leftId: a.id, rightId: c.id, score: 0.88, explanation } });
    const decided = await prisma.duplicateSuspect.create({ data: { leftId: b.id, rightId: c.id, score: 0.95, explanation, status: "NOT_DUPLICATE" } });

    const open = (await allSuspects("OPEN")).filter((s) => [low.id, high.id, decided.id].includes(s.id));

    expect(open.map((s) => s.id)).toEqual([high.id, low.id]);
    expect(open[1]).toEqual({ id: low.id, score: 0.61, status: "OPEN", explanation, left: { id: a.id }, right: { id: b.id } });
    expect((await allSuspects("NOT_DUPLICATE")).map((s) => s.id)).toContain(decided.id);
  });
});
