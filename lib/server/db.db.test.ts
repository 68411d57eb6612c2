import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "@/lib/testing/test-database";
import { databaseProvider, Prisma } from "@/lib/server/db";

const provider = testDatabaseProvider();
const migrationVersions = (p: string) =>
  readdirSync(path.resolve(__dirname, "../../prisma/migrations", p))
    .filter((file) => file.endsWith(".sql"))
    .map((file) => file.split("_")[0])
    .sort();

describe(`database on ${provider}`, () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("is the provider asked for", () => {
    expect(t.provider).toBe(provider);
    expect(databaseProvider(t.url)).toBe(provider);
  });

  it("stores an organisation, a user and their membership", async () => {
    const organisation = await t.db.organisation.create({
      data: { kind: "buyer", nameEn: "Cardiff Council", nameCy: "Cyngor Caerdydd", nation: "wales" },
    });
    const user = await t.db.user.create({ data: { email: "ffion@example.gov.uk", name: "Ffion Jones", preferredLanguage: "cy" } });
    await t.db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "organisation-admin" } });

    const found = await t.db.user.findUniqueOrThrow({
      where: { email: "ffion@example.gov.uk" },
      include: { memberships: { include: { organisation: true } } },
    });
    expect(found.preferredLanguage).toBe("cy");
    expect(found.createdAt).toBeInstanceOf(Date);
    expect(found.memberships).toHaveLength(1);
    expect(found.memberships[0]).toMatchObject({ role: "organisation-admin", organisation: { nameCy: "Cyngor Caerdydd" } });
  });

  it("enforces the unique e-mail address", async () => {
    const attempt = t.db.user.create({ data: { email: "ffion@example.gov.uk", name: "Someone Else" } });
    await expect(attempt).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(attempt).rejects.toMatchObject({ code: "P2002" });
    expect(await t.db.user.count({ where: { email: "ffion@example.gov.uk" } })).toBe(1);
  });

  it("enforces foreign keys and cascades deletes", async () => {
    await expect(
      t.db.membership.create({ data: { userId: "no-such-user", organisationId: "no-such-organisation", role: "x" } }),
    ).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    const organisation = await t.db.organisation.findFirstOrThrow({ where: { nameEn: "Cardiff Council" } });
    await t.db.organisation.delete({ where: { id: organisation.id } });
    expect(await t.db.membership.count()).toBe(0);
  });

  it("rolls back a failed interactive transaction", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.organisation.create({ data: { kind: "supplier", nameEn: "Rolled Back Ltd", nation: "england" } });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await t.db.organisation.count({ where: { nameEn: "Rolled Back Ltd" } })).toBe(0);
  });

  it("has applied exactly the migrations in the folder, the same versions for both providers", async () => {
    const rows = await t.db.$queryRawUnsafe<{ version: string }[]>("SELECT version FROM schema_migrations ORDER BY version");
    const applied = rows.map((row) => String(row.version));
    expect(applied.length).toBeGreaterThan(0);
    expect(applied).toEqual(migrationVersions(provider));
    expect(migrationVersions("sqlite")).toEqual(migrationVersions("postgres"));
  });

  // SQLite only: PostgreSQL has no such settings. Defined only on SQLite rather than skipped on PostgreSQL.
  if (provider === "sqlite") {
    it("runs SQLite in WAL mode with a busy timeout", async () => {
      const [mode] = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode.journal_mode).toBe("wal");
      const [busy] = await t.db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
      expect(Number(busy.timeout)).toBe(5000);
    });
  }
});
