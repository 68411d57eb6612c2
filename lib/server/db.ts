import "server-only";

import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { type Prisma, PrismaClient as SqlitePrismaClient } from "@/lib/generated/prisma-sqlite/client";

// Both generated clients come from the same prisma/schema.prisma (see scripts/prisma-generate.mjs), so their model
// APIs are identical; the SQLite client's types stand for both. Import model and Prisma types from here.
export type * from "@/lib/generated/prisma-sqlite/client";
// The Prisma namespace's runtime values (error classes, Prisma.sql, …) come from the one shared runtime, so
// `error instanceof Prisma.PrismaClientKnownRequestError` holds for either provider.
export { Prisma } from "@/lib/generated/prisma-sqlite/client";

export type Db = SqlitePrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
export type DatabaseProvider = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Which database a DATABASE_URL names: `file:` (or unset) is SQLite, `postgres://`/`postgresql://` is PostgreSQL. */
export function databaseProvider(databaseUrl: string | undefined = process.env.DATABASE_URL): DatabaseProvider {
  const url = databaseUrl || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got ${url.split(":")[0]}:…)`);
}

/** Absolute path of the SQLite file named by a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string = DEFAULT_DATABASE_URL): string {
  const file = databaseUrl.replace(/^file:(\/\/(?=\/))?/, "").replace(/\?.*$/, "");
  // turbopackIgnore: a run-time path; without it Next's output tracing would copy the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

// Runs per connection: WAL lets readers work while one process writes; busy_timeout makes a writer wait for the
// lock instead of failing at once with SQLITE_BUSY.
function withSqlitePragmas(factory: PrismaBetterSqlite3): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(
        `PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`,
      );
      return adapter;
    },
  };
}

/** A PostgreSQL DATABASE_URL without the parameters that Prisma understands but node-postgres does not. */
export function nodePostgresUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  for (const name of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) {
    url.searchParams.delete(name);
  }
  return url.toString();
}

function createPostgresAdapter(databaseUrl: string): PrismaPg {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? undefined;
  const connectionLimit = Number(url.searchParams.get("connection_limit")) || undefined;
  return new PrismaPg({ connectionString: nodePostgresUrl(databaseUrl), max: connectionLimit }, { schema });
}

// Writes to one audit chain queue on its head row. A transaction waiting its turn behind others (for a connection,
// then for the row) is a busy moment, not an error: Prisma's defaults (2 s to start, 5 s to finish) would fail a
// person's save at a deadline rush or on a loaded machine.
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

/** A new client for the given database URL (defaults to DATABASE_URL, then file:./data/app.db). Call $disconnect() when done. */
export function createDb(databaseUrl: string | undefined = process.env.DATABASE_URL): Db {
  const url = databaseUrl || DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgres") {
    return new PostgresPrismaClient({ adapter: createPostgresAdapter(url), transactionOptions }) as unknown as Db;
  }
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new SqlitePrismaClient({ adapter: withSqlitePragmas(adapter), transactionOptions });
}

const globalForDb = globalThis as typeof globalThis & { __appDb?: Db };
let instance: Db | undefined;

/** The application's shared client, created on first use (so importing this module never opens the database). */
export function getDb(): Db {
  if (instance) return instance;
  instance = globalForDb.__appDb ?? createDb();
  // Keep one client across hot reloads in development instead of opening a new pool on every change.
  if (process.env.NODE_ENV !== "production") globalForDb.__appDb = instance;
  return instance;
}

/** The application's shared client. Lazily created: nothing connects until the first query. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
  has(_target, property) {
    return Reflect.has(getDb(), property);
  },
});
