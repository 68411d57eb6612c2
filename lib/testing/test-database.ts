// A throwaway, migrated database for `*.db.test.ts` files (vitest project "db"; run them with `npm run test:db`).
//   SQLite (default): a file in a new temporary folder.
//   PostgreSQL when TEST_DATABASE_PROVIDER=postgres: a new database test_<random> on the server named by
//   TEST_POSTGRES_URL (for example postgres://postgres:postgres@localhost:5432/postgres), dropped by drop().
// Migrations are applied by the same prepareDatabase() the application uses.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createDb, type DatabaseProvider, type Db } from "@/lib/server/db";

export type TestDatabase = {
  db: Db;
  /** The DATABASE_URL of the test database. */
  url: string;
  provider: DatabaseProvider;
  /** Disconnects and deletes the database. Safe to call twice. */
  drop(): Promise<void>;
};

type PrepareDatabase = (databaseUrl: string) => Promise<{ provider: DatabaseProvider; applied: string[] }>;

// scripts/prepare-database.mjs is plain JavaScript (it runs before anything is compiled), so it is loaded by path.
async function loadPrepareDatabase(): Promise<PrepareDatabase> {
  const file = path.resolve(__dirname, "../../scripts/prepare-database.mjs");
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { prepareDatabase: PrepareDatabase };
  return module.prepareDatabase;
}

export function testDatabaseProvider(): DatabaseProvider {
  return process.env.TEST_DATABASE_PROVIDER === "postgres" ? "postgres" : "sqlite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const prepareDatabase = await loadPrepareDatabase();
  return testDatabaseProvider() === "postgres" ? createPostgres(prepareDatabase) : createSqlite(prepareDatabase);
}

async function createSqlite(prepareDatabase: PrepareDatabase): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "app-test-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await prepareDatabase(url);
  const db = createDb(url);
  let dropped = false;
  return {
    db,
    url,
    provider: "sqlite",
    async drop() {
      if (dropped) return;
      dropped = true;
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(prepareDatabase: PrepareDatabase): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) {
    throw new Error(
      "TEST_DATABASE_PROVIDER=postgres needs TEST_POSTGRES_URL, e.g. postgres://postgres:postgres@localhost:5432/postgres",
    );
  }
  const name = `test_${randomBytes(6).toString("hex")}`;
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  await prepareDatabase(url); // dbmate creates the database, then migrates it
  const db = createDb(url);
  let dropped = false;
  return {
    db,
    url,
    provider: "postgres",
    async drop() {
      if (dropped) return;
      dropped = true;
      await db.$disconnect();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
