// The production build (`next start`) on a throwaway SQLite database with the demo data: what the browser tests and
// the fuzzer drive. Module only; scripts/e2e-server.mjs and scripts/fuzz.ts start it.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "./prepare-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The environment of a throwaway production server on loopback; `name` keeps its database file apart. */
export function seededServerEnv({ port, name, secret, extra = {} }) {
  const file = path.join(root, "data", `${name}.db`);
  return {
    file,
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...extra,
    },
  };
}

/** Removes the database file, migrates a fresh one and seeds the demo organisations, people and assessments. */
export async function prepareSeededDatabase(file, env, stdio = "inherit") {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await prepareDatabase(env.DATABASE_URL);
  const seed = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "prisma/seed.ts")], { cwd: root, env, stdio });
  if (seed.status !== 0) throw new Error(`seeding ${file} failed (exit ${seed.status})${seed.stderr ? `:\n${seed.stderr}` : ""}`);
}

/** Starts `next start` on 127.0.0.1 only. `detached` puts it in its own process group, so it can be stopped whole. */
export function startNextServer(port, env, { stdio = "inherit", detached = false, hostname } = {}) {
  const args = ["start", "-p", String(port), ...(hostname ? ["-H", hostname] : [])];
  return spawn(path.join(root, "node_modules/.bin/next"), args, { cwd: root, env, stdio, detached });
}
