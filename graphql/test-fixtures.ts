import { randomUUID } from "node:crypto";
import type { GoldenRecordStatus, Role } from "@/prisma/generated/client";
import { createApiToken } from "@/src/auth/api-tokens";
import { afterAll, beforeAll } from "vitest";
import { closeDb, prisma } from "@/src/db";
import type { CustomerAttributes, Lineage } from "@/src/golden/attributes";

/**
 * Rows one test file creates, each named with a random tag so files sharing a
 * database never see each other's data, and removed again by `cleanup()`.
 */
export class Fixtures {
  readonly tag = randomUUID().slice(0, 8);
  private readonly created = { golden: [] as string[], sources: [] as string[], tokens: [] as string[], users: [] as string[] };

  async source(name = "crm"): Promise<{ id: string; key: string }> {
    const source = await prisma.source.create({ data: { key: `${name}-${this.tag}-${randomUUID().slice(0, 4)}`, name, kind: "CRM" } });
    this.created.sources.push(source.id);
    return source;
  }

  async golden(opts: {
    displayName: string;
    attributes?: CustomerAttributes;
    lineage?: Lineage;
    status?: GoldenRecordStatus;
    mergedIntoId?: string;
  }) {
    const record = await prisma.goldenRecord.create({
      data: {
        displayName: opts.displayName,
        attributes: opts.attributes ?? {},
        lineage: opts.lineage ?? {},
        status: opts.status ?? "ACTIVE",
        mergedIntoId: opts.mergedIntoId ?? null,
      },
    });
    this.created.golden.push(record.id);
    return record;
  }

  /** Many plain golden records at once, for paging limits. */
  async manyGolden(count: number, prefix: string): Promise<void> {
    const rows = Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-${this.tag}-${String(i).padStart(4, "0")}`,
      displayName: `${prefix} ${this.tag} ${String(i).padStart(4, "0")}`,
      attributes: {},
      lineage: {},
    }));
    await prisma.goldenRecord.createMany({ data: rows });
    this.created.golden.push(...rows.map((r) => r.id));
  }

  async sourceRecord(opts: { sourceId: string; goldenRecordId: string; externalId: string; standardized?: CustomerAttributes }) {
    return prisma.sourceRecord.create({
      data: {
        ...opts,
        raw: opts.standardized ?? {},
        standardized: opts.standardized ?? {},
        sourceUpdatedAt: new Date("2026-01-15T10:00:00.000Z"),
        contentHash: randomUUID(),
      },
    });
  }

  async token(role: Role = "VIEWER"): Promise<{ id: string; secret: string }> {
    const token = await createApiToken({ name: `test-${this.tag}`, role });
    this.created.tokens.push(token.id);
    return token;
  }

  async user(opts: { role: Role; disabled?: boolean }) {
    const user = await prisma.user.create({
      data: { email: `${randomUUID()}@${this.tag}.test`, name: "Test User", role: opts.role, disabledAt: opts.disabled ? new Date() : null },
    });
    this.created.users.push(user.id);
    return user;
  }

  /** Rows a test made some other way (through a mutation), to be removed with the rest. */
  track(kind: "golden" | "sources" | "tokens" | "users", id: string): void {
    this.created[kind].push(id);
  }

  async cleanup(): Promise<void> {
    const golden = { in: this.created.golden };
    await prisma.duplicateSuspect.deleteMany({ where: { OR: [{ leftId: golden }, { rightId: golden }] } });
    await prisma.goldenRecordVersion.deleteMany({ where: { goldenRecordId: golden } });
    await prisma.sourceRecord.deleteMany({ where: { OR: [{ goldenRecordId: golden }, { sourceId: { in: this.created.sources } }] } });
    await prisma.goldenRecord.updateMany({ where: { id: golden }, data: { mergedIntoId: null } });
    await prisma.goldenRecord.deleteMany({ where: { id: golden } });
    await prisma.apiToken.deleteMany({
      where: { OR: [{ id: { in: this.created.tokens } }, { createdById: { in: this.created.users } }, { sourceId: { in: this.created.sources } }] },
    });
    await prisma.rejectedRecord.deleteMany({ where: { sourceId: { in: this.created.sources } } });
    await prisma.ingestBatch.deleteMany({ where: { sourceId: { in: this.created.sources } } });
    await prisma.source.deleteMany({ where: { id: { in: this.created.sources } } });
    await prisma.duplicateSuspect.updateMany({ where: { assigneeId: { in: this.created.users } }, data: { assigneeId: null, assignedAt: null } });
    await prisma.user.deleteMany({ where: { id: { in: this.created.users } } });
  }
}

/**
 * The set-up every GraphQL test file shares: its own fixtures, an API token
 * of one role issued before the tests and everything removed after them.
 */
export function fixturesWithToken(role: Role): { fx: Fixtures; token: () => string } {
  const fx = new Fixtures();
  let secret = "";
  beforeAll(async () => {
    secret = (await fx.token(role)).secret;
  });
  afterAll(async () => {
    await fx.cleanup();
    await closeDb();
  });
  return { fx, token: () => secret };
}
