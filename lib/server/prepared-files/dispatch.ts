import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import type PgBoss from "pg-boss";
import { preparedFileHeartbeatMs } from "@/lib/domain/exports/prepared-files";
import { databaseProvider } from "@/lib/server/db";
import { logUnexpected } from "@/lib/server/errors";
import { claimableJobs, claimPreparedFile, failPreparedFile, giveUpStalledJobs, removeExpiredPreparedFiles, renewClaim } from "./prepare-file";

// Who prepares files, and where. Each app instance runs a worker (started from instrumentation.ts unless
// PREPARED_FILES_WORKER=off) that takes one job at a time:
//   - on PostgreSQL, jobs are announced through pg-boss (its own schema, `pgboss`), so whichever instance is free
//     takes the next one; a sweep every 5 seconds also picks up a job whose announcement was lost, whose worker
//     stopped, or which was asked for on an instance that runs no worker;
//   - on SQLite (one machine), the worker looks at the table every PREPARED_FILES_POLL_MS (1 second), and at once
//     when this instance asks for a file.
// Either way a job is claimed by a conditional update (prepare-file.ts) before it runs, so it runs once. The file
// itself is written by a child process (scripts/prepare-file.ts): a 300-supplier document takes seconds of CPU,
// which must never hold up the pages this instance serves.

const QUEUE = "prepared-files";
const SWEEP_MS = 5_000;

type WorkerState = { running: boolean; again: boolean; boss?: Promise<PgBoss>; timer?: NodeJS.Timeout; tidiedAt?: number };
const globalForWorker = globalThis as typeof globalThis & { __preparedFiles?: WorkerState };
const state = (globalForWorker.__preparedFiles ??= { running: false, again: false });

const onPostgres = () => databaseProvider() === "postgres";

function bossOf(): Promise<PgBoss> {
  state.boss ??= (async () => {
    const { default: PgBossClass } = await import("pg-boss");
    const boss = new PgBossClass({ connectionString: process.env.DATABASE_URL, schema: "pgboss", max: 3 });
    boss.on("error", (error) => console.error("[prepared-files] pg-boss:", error));
    await boss.start();
    await boss.createQueue(QUEUE);
    return boss;
  })().catch((error) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

/** Announces a new job to the workers (an instance without a worker of its own, or a script, leaves it to the sweeps). */
export async function dispatchPreparedFile(id: string): Promise<void> {
  if (!state.timer) return;
  if (!onPostgres()) return void sweep();
  try {
    const boss = await bossOf();
    await boss.send(QUEUE, { id }, { retryLimit: 2, expireInSeconds: 15 * 60 });
  } catch (error) {
    // The job is in the table; the sweep will find it.
    logUnexpected(error, "announcing a prepared file");
  }
}

export function startPreparedFileWorker(): void {
  if (state.timer || process.env.PREPARED_FILES_WORKER === "off") return;
  const interval = onPostgres() ? SWEEP_MS : Math.max(100, Number(process.env.PREPARED_FILES_POLL_MS) || 1000);
  state.timer = setInterval(() => void sweep(), interval);
  state.timer.unref();
  if (onPostgres()) {
    void bossOf()
      .then((boss) => boss.work<{ id: string }>(QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => runPreparedFile(job.data.id)))
      .catch((error) => logUnexpected(error, "starting the prepared-file worker"));
  }
  console.log(`[prepared-files] worker started (${onPostgres() ? "pg-boss" : `every ${interval} ms`})`);
}

/** Takes every job that is waiting (or whose worker stopped), one at a time; a sweep asked for while one runs runs again after it. */
async function sweep(): Promise<void> {
  if (state.running) return void (state.again = true);
  state.running = true;
  try {
    do {
      state.again = false;
      await giveUpStalledJobs();
      for (const id of await claimableJobs()) await runPreparedFile(id);
    } while (state.again);
    // Once an hour, files kept their week are removed.
    if (Date.now() - (state.tidiedAt ?? 0) > 60 * 60_000) {
      state.tidiedAt = Date.now();
      await removeExpiredPreparedFiles();
    }
  } catch (error) {
    logUnexpected(error, "preparing files");
  } finally {
    state.running = false;
  }
}

async function runPreparedFile(id: string): Promise<void> {
  const claimToken = await claimPreparedFile(id);
  if (!claimToken) return;
  // The claim is renewed while the child works, so that only a stopped worker's job is taken over.
  const heartbeat = setInterval(() => void renewClaim(id, claimToken).catch(() => undefined), preparedFileHeartbeatMs);
  const exitCode = await prepareInChild(id, claimToken).finally(() => clearInterval(heartbeat));
  if (exitCode !== 0) await failPreparedFile(id, claimToken, logUnexpected(new Error(`the preparing process ended with ${exitCode}`), `preparing file ${id}`));
}

function prepareInChild(id: string, claimToken: string): Promise<number> {
  // turbopackIgnore: run-time paths; without it Next's output tracing would copy the whole project.
  const root = /*turbopackIgnore: true*/ process.cwd();
  const tsx = path.join(/*turbopackIgnore: true*/ root, "node_modules/tsx/dist/cli.mjs");
  const args = [tsx, "--conditions=react-server", "--tsconfig", path.join(/*turbopackIgnore: true*/ root, "tsconfig.json"), path.join(/*turbopackIgnore: true*/ root, "scripts/prepare-file.ts"), id, claimToken];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
}
