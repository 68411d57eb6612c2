import "server-only";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "@/lib/server/db";

// The database half of a backup, straight through each database's own tools rather than Prisma: SQLite's online
// backup API (a consistent copy while the service runs) and PostgreSQL's pg_dump / pg_restore in the custom format.

export const MIGRATIONS_TABLE = "schema_migrations";

/** Where a PostgreSQL DATABASE_URL points, as libpq environment variables (so no password shows in a process list). */
function libpqEnv(databaseUrl: string): Record<string, string | undefined> {
  const url = new URL(databaseUrl);
  const env: Record<string, string | undefined> = {
    PGHOST: url.searchParams.get("host") ?? (decodeURIComponent(url.hostname) || "localhost"),
    PGPORT: url.port || "5432",
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  };
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function pgClient(databaseUrl: string, database?: string): pg.Client {
  const env = libpqEnv(databaseUrl);
  return new pg.Client({
    host: env.PGHOST,
    port: Number(env.PGPORT),
    user: env.PGUSER,
    password: env.PGPASSWORD,
    database: database ?? env.PGDATABASE,
    ssl: env.PGSSLMODE && env.PGSSLMODE !== "disable" ? { rejectUnauthorized: env.PGSSLMODE === "verify-full" } : undefined,
  });
}

const pgSchema = (databaseUrl: string) => new URL(databaseUrl).searchParams.get("schema") ?? "public";

function run(command: string, args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("error", (error) => reject(new Error(`Could not run ${command}: ${error.message} (install Debian's postgresql-client)`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${errors.trim()}`))));
  });
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function sqliteCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) counts[name] = (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(name)}`).get() as { n: number }).n;
  return counts;
}

async function pgCounts(client: pg.Client, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename", [schema]);
  for (const { tablename } of rows) {
    const result = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quote(schema)}.${quote(tablename)}`);
    counts[tablename] = Number(result.rows[0].n);
  }
  return counts;
}

function sqliteVersion(db: Database.Database, counts: Record<string, number>): string | null {
  if (!(MIGRATIONS_TABLE in counts)) return null;
  return (db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version DESC LIMIT 1`).get() as { version: string } | undefined)?.version ?? null;
}

async function pgVersion(client: pg.Client, schema: string, counts: Record<string, number>): Promise<string | null> {
  if (!(MIGRATIONS_TABLE in counts)) return null;
  const { rows } = await client.query<{ version: string }>(`SELECT version FROM ${quote(schema)}.${MIGRATIONS_TABLE} ORDER BY version DESC LIMIT 1`);
  return rows[0]?.version ?? null;
}

export type DatabaseState = { rowCounts: Record<string, number>; migrationVersion: string | null };

/** Rows in every table and the newest migration applied; no tables when the database does not exist yet. */
export async function inspectDatabase(databaseUrl: string): Promise<DatabaseState> {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    if (!existsSync(file)) return { rowCounts: {}, migrationVersion: null };
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rowCounts = sqliteCounts(db);
      return { rowCounts, migrationVersion: sqliteVersion(db, rowCounts) };
    } finally {
      db.close();
    }
  }
  const client = pgClient(databaseUrl);
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return { rowCounts: {}, migrationVersion: null }; // no such database
    throw error;
  }
  try {
    const schema = pgSchema(databaseUrl);
    const rowCounts = await pgCounts(client, schema);
    return { rowCounts, migrationVersion: await pgVersion(client, schema, rowCounts) };
  } finally {
    await client.end();
  }
}

/**
 * Copies the database into one file — `database.sqlite` (SQLite backup API) or `database.pgdump` (pg_dump -Fc) —
 * and counts the rows of exactly that copy: the SQLite copy itself; on PostgreSQL, the snapshot pg_dump is told
 * to use, so rows the service writes meanwhile are in neither.
 */
export async function dumpDatabase(databaseUrl: string, folder: string): Promise<{ provider: DatabaseProvider; file: string } & DatabaseState> {
  const provider = databaseProvider(databaseUrl);
  if (provider === "sqlite") {
    const file = path.join(folder, "database.sqlite");
    const source = new Database(sqliteFilePath(databaseUrl), { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return { provider, file, ...(await inspectDatabase(`file:${file}`)) };
  }
  const file = path.join(folder, "database.pgdump");
  const schema = new URL(databaseUrl).searchParams.get("schema");
  const client = pgClient(databaseUrl);
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    await run(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0].snapshot}`, `--file=${file}`, ...(schema ? [`--schema=${schema}`] : [])],
      libpqEnv(databaseUrl),
    );
    const rowCounts = await pgCounts(client, pgSchema(databaseUrl));
    const migrationVersion = await pgVersion(client, pgSchema(databaseUrl), rowCounts);
    await client.query("COMMIT");
    return { provider, file, rowCounts, migrationVersion };
  } finally {
    await client.end();
  }
}

/**
 * Loads a dumped database into the database named by the URL, creating it when it does not exist. SQLite: the
 * backup API copies the file's pages over the target. PostgreSQL: pg_restore in one transaction, dropping the
 * dump's own objects first (an empty migrated database is fine to restore into).
 */
export async function loadDatabase(databaseUrl: string, file: string): Promise<void> {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const target = sqliteFilePath(databaseUrl);
    await mkdir(path.dirname(target), { recursive: true });
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return;
  }
  await createPostgresDatabaseIfMissing(databaseUrl);
  const env = libpqEnv(databaseUrl);
  await run(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--clean", "--if-exists", "--single-transaction", "--exit-on-error", `--dbname=${env.PGDATABASE}`, file],
    env,
  );
}

async function createPostgresDatabaseIfMissing(databaseUrl: string): Promise<void> {
  const name = libpqEnv(databaseUrl).PGDATABASE!;
  const admin = pgClient(databaseUrl, "postgres");
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${quote(name)}`);
  } finally {
    await admin.end();
  }
}
