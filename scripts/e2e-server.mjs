// The server the browser tests drive: the production build on a fresh SQLite database with the demo data.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "./prepare-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3100";
const file = path.join(root, "data", `e2e-${port}.db`);
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${file}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  // Shorter than the 30-minute default, so that the timeout tests show the setting reaches server and page alike.
  SESSION_IDLE_TIMEOUT_SECONDS: process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? "1200",
};
await prepareDatabase(env.DATABASE_URL);
const seed = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "prisma/seed.ts")], { cwd: root, env, stdio: "inherit" });
if (seed.status !== 0) process.exit(seed.status ?? 1);
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
