// Applies pending migrations (prisma/migrations/<provider>/*.sql, made by scripts/make-migration.mjs) to the
// database named by DATABASE_URL, creating the database if needed. Uses dbmate, which records applied versions in
// `schema_migrations` and does nothing when nothing is pending.
//   DATABASE_URL unset or file:<path>      -> SQLite file (default file:./data/app.db, relative to the working directory)
//   postgres://… or postgresql://…         -> PostgreSQL
// CLI: node scripts/prepare-database.mjs     Module: import { prepareDatabase } from "./prepare-database.mjs"
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveBinary } from "dbmate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** "sqlite" or "postgres", from a DATABASE_URL (unset means the default SQLite file). */
export function databaseProviderOf(databaseUrl = DEFAULT_DATABASE_URL) {
  const url = databaseUrl || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got ${url.split(":")[0]}:…)`);
}

/** Absolute path of the SQLite file named by a file: URL, resolved against the working directory. */
export function sqliteFilePath(databaseUrl = DEFAULT_DATABASE_URL, cwd = process.cwd()) {
  const file = (databaseUrl || DEFAULT_DATABASE_URL).replace(/^file:(\/\/(?=\/))?/, "").replace(/\?.*$/, "");
  return path.resolve(cwd, file);
}

// Query parameters Prisma understands but libpq/dbmate do not.
const PRISMA_ONLY_PARAMS = ["connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "schema"];

/** The same database as a dbmate URL: sqlite:<absolute path> or postgres://…?sslmode=… */
export function toDbmateUrl(databaseUrl = DEFAULT_DATABASE_URL) {
  if (databaseProviderOf(databaseUrl) === "sqlite") return `sqlite:${sqliteFilePath(databaseUrl)}`;
  const url = new URL(databaseUrl);
  url.protocol = "postgres:";
  const schema = url.searchParams.get("schema");
  for (const name of PRISMA_ONLY_PARAMS) url.searchParams.delete(name);
  if (schema && !url.searchParams.has("search_path")) url.searchParams.set("search_path", schema);
  // node-postgres connects without TLS unless asked; dbmate (lib/pq) would insist on it. Match node-postgres.
  if (!url.searchParams.has("sslmode")) url.searchParams.set("sslmode", "disable");
  return url.toString();
}

export function migrationsDir(provider) {
  return path.join(root, "prisma/migrations", provider);
}

/** Runs dbmate with the given arguments against a DATABASE_URL; resolves to its output, rejects on failure. */
export function runDbmate(databaseUrl, args) {
  const provider = databaseProviderOf(databaseUrl);
  const fullArgs = ["--url", toDbmateUrl(databaseUrl), "--migrations-dir", migrationsDir(provider), "--no-dump-schema", ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(resolveBinary(), fullArgs, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`dbmate ${args.join(" ")} failed (exit ${code}): ${output.trim().replaceAll(/postgres(ql)?:\/\/[^@\s]*@/g, "postgres://…@")}`));
    });
  });
}

/**
 * Creates the database if it does not exist and applies pending migrations. Idempotent.
 * @param {string | undefined} databaseUrl defaults to process.env.DATABASE_URL, then file:./data/app.db
 * @returns {Promise<{ provider: "sqlite" | "postgres", applied: string[] }>}
 */
export async function prepareDatabase(databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  const provider = databaseProviderOf(databaseUrl);
  if (provider === "sqlite") mkdirSync(path.dirname(sqliteFilePath(databaseUrl)), { recursive: true });
  const output = await runDbmate(databaseUrl, ["up"]);
  const applied = [...output.matchAll(/^Applied: (\S+)/gm)].map((m) => m[1]);
  return { provider, applied };
}

/** Where the database is, without any password. */
export function describeDatabase(databaseUrl = DEFAULT_DATABASE_URL) {
  if (databaseProviderOf(databaseUrl) === "sqlite") return `SQLite ${path.relative(process.cwd(), sqliteFilePath(databaseUrl)) || "."}`;
  const url = new URL(databaseUrl);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  prepareDatabase(databaseUrl).then(
    ({ applied }) =>
      console.log(
        `prepare-database: ${describeDatabase(databaseUrl)}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date, nothing to apply"}`,
      ),
    (error) => {
      console.error(`prepare-database: ${error.message}`);
      process.exit(1);
    },
  );
}
