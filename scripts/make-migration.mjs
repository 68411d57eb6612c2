// Usage: npm run db:migration -- <name>
// Compares prisma/schema.prisma with prisma/migrations/schema.snapshot.prisma (the schema as of the last migration;
// absent before the first one) and writes one dbmate migration per provider with the same version:
//   prisma/migrations/sqlite/<timestamp>_<name>.sql
//   prisma/migrations/postgres/<timestamp>_<name>.sql
// then updates the snapshot. The SQL comes from Prisma's own schema engine (its wasm build), diffing schema to
// schema, so no database is needed. Do not use `prisma migrate`: offline it silently does nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, twinSchema, writeTwins } from "./prisma-generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const migrationsDir = path.join(root, "prisma/migrations");
const snapshotFile = path.join(migrationsDir, "schema.snapshot.prisma");

async function loadSchemaEngine() {
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  let panic = "";
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panic = message) };
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  // The engine wants an adapter even though a schema-to-schema diff never queries it. The SQL dialect follows
  // the provider of the schemas being compared, not the adapter, so one in-memory SQLite adapter serves both.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: ":memory:" }));
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  return { engine, panic: () => panic };
}

const target = (content) => (content === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] });

async function diff(engine, from, to) {
  const result = await engine.diff({
    from: target(from),
    to: target(to),
    script: true,
    exitCode: true, // 2 when there is a difference
    filters: { externalTables: [], externalEnums: [] },
  });
  return { changed: result.exitCode === 2, sql: (result.stdout ?? "").trim() };
}

function nextVersion() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  let version = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  // Versions must keep increasing even if the clock is behind the newest migration.
  const existing = PROVIDERS.flatMap((p) => {
    const dir = path.join(migrationsDir, p);
    return existsSync(dir) ? readdirSync(dir).map((f) => f.split("_")[0]).filter((v) => /^\d+$/.test(v)) : [];
  });
  const newest = existing.sort().at(-1);
  if (newest && BigInt(version) <= BigInt(newest)) version = String(BigInt(newest) + 1n);
  return version;
}

async function main() {
  const rawName = process.argv[2];
  if (!rawName) {
    console.error("Usage: npm run db:migration -- <name>   (for example: add_assessment_table)");
    process.exit(2);
  }
  const name = rawName.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) throw new Error(`not a usable migration name: ${rawName}`);

  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const snapshot = existsSync(snapshotFile) ? readFileSync(snapshotFile, "utf8") : null;
  if (snapshot === null && PROVIDERS.some((p) => existsSync(path.join(migrationsDir, p)) && readdirSync(path.join(migrationsDir, p)).some((f) => f.endsWith(".sql")))) {
    throw new Error(`${path.relative(root, snapshotFile)} is missing but migrations exist; restore it from git before making a new migration`);
  }
  writeTwins(); // keeps prisma/generated/*.prisma in step with the source

  const { engine, panic } = await loadSchemaEngine();
  const scripts = {};
  let changed = false;
  try {
    for (const provider of PROVIDERS) {
      const before = snapshot === null ? null : twinSchema(snapshot, provider);
      const after = twinSchema(source, provider);
      const up = await diff(engine, before, after);
      const down = await diff(engine, after, before);
      scripts[provider] = { up, down };
      changed ||= up.changed;
    }
  } catch (error) {
    throw new Error(`schema engine: ${error.message}${panic() ? ` (${panic()})` : ""}`);
  }
  if (!changed) {
    console.log("make-migration: no changes since the last migration; nothing written.");
    return;
  }

  const version = nextVersion();
  const written = [];
  for (const provider of PROVIDERS) {
    const dir = path.join(migrationsDir, provider);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${version}_${name}.sql`);
    const { up, down } = scripts[provider];
    const body = (s) => (s.changed ? s.sql : "-- No change for this provider.");
    writeFileSync(file, `-- migrate:up\n${body(up)}\n\n-- migrate:down\n${body(down)}\n`);
    written.push(path.relative(root, file));
  }
  writeFileSync(snapshotFile, source);
  console.log(`make-migration: wrote ${written.join(" and ")}; updated ${path.relative(root, snapshotFile)}`);
}

main().catch((error) => {
  console.error(`make-migration: ${error.message}`);
  process.exit(1);
});
