// npm start: makes sure the service can run (auth secret, migrated database, demo data on first start, a
// production build), then serves it on PORT (default 3000). Everything entered is kept between starts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseProviderOf, prepareDatabase } from "./prepare-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

function ensureAuthSecret() {
  if (env.NEXTAUTH_SECRET) return;
  const file = path.join(root, "data", "auth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Generated an auth secret in data/auth-secret (git-ignored). Set NEXTAUTH_SECRET to use your own.");
  }
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

function newestChange(entries) {
  let newest = 0;
  const visit = (file) => {
    if (!existsSync(file)) return;
    const stats = statSync(file);
    if (stats.isDirectory()) for (const child of readdirSync(file)) visit(path.join(file, child));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  entries.forEach((entry) => visit(path.join(root, entry)));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureAuthSecret();
const databaseUrl = env.DATABASE_URL ?? "file:./data/app.db";
const { applied } = await prepareDatabase(databaseUrl);
console.log(applied.length ? `Applied ${applied.length} database migration(s).` : "Database is up to date.");

const provider = databaseProviderOf(databaseUrl);
if (provider === "sqlite" || env.SEED_DEMO_DATA === "true") {
  run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "prisma/seed.ts")]);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "proxy.ts", "next.config.js", "package.json", "public"];
if (!existsSync(buildId) || newestChange(sources) > statSync(buildId).mtimeMs) {
  console.log("Building the production version of the service (about a minute)…");
  run("npm", ["run", "build"]);
}

console.log(`Starting on ${env.NEXTAUTH_URL}`);
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
