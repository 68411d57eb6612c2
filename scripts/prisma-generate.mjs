// Writes one twin of prisma/schema.prisma per database provider and generates a Prisma client for each:
//   prisma/generated/sqlite.prisma   -> lib/generated/prisma-sqlite
//   prisma/generated/postgres.prisma -> lib/generated/prisma-postgres
// Runs offline: PRISMA_SCHEMA_ENGINE_BINARY points at an existing file so the CLI skips downloading the native
// schema engine (generate does not need it). Never use `prisma migrate` or `prisma db push` in this project:
// with that dummy engine they do nothing and exit 0. See scripts/make-migration.mjs and scripts/prepare-database.mjs.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PROVIDERS = ["sqlite", "postgres"];
const PRISMA_PROVIDER = { sqlite: "sqlite", postgres: "postgresql" };

/** The source schema with the datasource provider and the client output set for one provider. */
export function twinSchema(source, provider) {
  let text = source;
  const datasource = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"[^"]*"/;
  const generator = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;
  if (!datasource.test(text)) throw new Error("prisma/schema.prisma: no datasource provider found");
  if (!generator.test(text)) throw new Error("prisma/schema.prisma: no `generator client` output found");
  text = text.replace(datasource, `$1"${PRISMA_PROVIDER[provider]}"`);
  // Paths in a schema are relative to the schema file: prisma/generated/<provider>.prisma.
  text = text.replace(generator, `$1"../../lib/generated/prisma-${provider}"`);
  const header = `// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n`;
  return header + text;
}

/** Writes prisma/generated/<provider>.prisma for every provider; returns their paths. */
export function writeTwins() {
  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const dir = path.join(root, "prisma/generated");
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const provider of PROVIDERS) {
    const file = path.join(dir, `${provider}.prisma`);
    writeFileSync(file, twinSchema(source, provider));
    files[provider] = file;
  }
  return files;
}

function generate(provider, schemaFile) {
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const result = spawnSync(
    process.execPath,
    [cli, "generate", "--no-hints", `--config=${path.join(root, `prisma/${provider}.config.ts`)}`, `--schema=${schemaFile}`],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`prisma generate failed for ${provider} (exit ${result.status})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const files = writeTwins();
    for (const provider of PROVIDERS) generate(provider, files[provider]);
    console.log(
      `prisma-generate: clients for ${PROVIDERS.join(" and ")} written to lib/generated/prisma-{${PROVIDERS.join(",")}} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(`prisma-generate: ${error.message}`);
    process.exit(1);
  }
}
