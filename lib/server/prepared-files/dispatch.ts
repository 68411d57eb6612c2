import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { preparedFileHeartbeatMs, preparedFileTimeLimitMs } from "@/lib/domain/exports/prepared-files";
import { jobQueueAvailable, queueNamed } from "@/lib/server/background/job-queue";
import { logUnexpected } from "@/lib/server/errors";
import { claimableJobs, claimPreparedFile, failPreparedFile, giveUpStalledJobs, removeExpiredPreparedFiles, renewClaim } from "./prepare-file";

// Who prepares files, and where. Each app instance runs a worker (started from instrumentation.ts unless
// PREPARED_FILES_WORKER=off) that prepares one file at a time, however the job reached it:
//   - on PostgreSQL, jobs are announced through pg-boss (lib/server/background/job-queue.ts), so whichever instance is free
//     takes the next one; a sweep every 5 seconds also picks up a job still waiting after 10 seconds (its
//     announcement lost, or asked for on an instance that runs no worker) and one whose worker stopped;
//   - on SQLite (one machine), the worker looks at the table every PREPARED_FILES_POLL_MS (1 second), and at once
//     when this instance asks for a file.
// Either way a job is claimed by a conditional update (prepare-file.ts) before it runs, so it runs once. The file
// itself is written by a child process (scripts/prepare-file.ts): a 300-supplier document takes seconds of CPU,
// which must never hold up the pages this instance serves.

const QUEUE = "prepared-files";
const SWEEP_MS = 5_000;

type WorkerState = { running: boolean; again: boolean; slot: Promise<unknown>; timer?: NodeJS.Timeout; tidiedAt?: number };
const globalForWorker = globalThis as typeof globalThis & { __preparedFiles?: WorkerState };
const state = (globalForWorker.__preparedFiles ??= { running: false, again: false, slot: Promise.resolve() });

const onPostgres = jobQueueAvailable;

/** Announces a new job to the workers (an instance without a worker of its own, or a script, leaves it to the sweeps). */
export async function dispatchPreparedFile(id: string): Promise<void> {
  if (!state.timer) return;
  if (!onPostgres()) return void sweep();
  try {
    const boss = await queueNamed(QUEUE);
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
    void queueNamed(QUEUE)
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
      const now = new Date();
      // On PostgreSQL a new job is pg-boss's to hand out; the sweep takes those it left waiting.
      for (const id of await claimableJobs(now, onPostgres() ? new Date(now.getTime() - 10_000) : now)) await runPreparedFile(id);
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

/** One file at a time in this instance, whether pg-boss or the sweep brought the job. */
function runPreparedFile(id: string): Promise<void> {
  const run = state.slot.then(() => prepareClaimed(id));
  state.slot = run.catch(() => undefined);
  return run;
}

async function prepareClaimed(id: string): Promise<void> {
  const claimToken = await claimPreparedFile(id);
  if (!claimToken) return;
  const child = prepareInChild(id, claimToken);
  // The claim is renewed while the child works, so that only a stopped worker's job is taken over; a child that has
  // lost its claim, or runs past the time limit, is stopped.
  const heartbeat = setInterval(() => {
    void renewClaim(id, claimToken).then((held) => held || child.stop(), () => undefined);
  }, preparedFileHeartbeatMs);
  const limit = setTimeout(() => child.stop(), preparedFileTimeLimitMs);
  const exitCode = await child.exited.finally(() => {
    clearInterval(heartbeat);
    clearTimeout(limit);
  });
  if (exitCode !== 0) await failPreparedFile(id, claimToken, logUnexpected(new Error(`the preparing process ended with ${exitCode}`), `preparing file ${id}`));
}

function prepareInChild(id: string, claimToken: string): { exited: Promise<number>; stop: () => void } {
  // turbopackIgnore: run-time paths; without it Next's output tracing would copy the whole project.
  const root = /*turbopackIgnore: true*/ process.cwd();
  // One process (tsx as a loader, not its CLI, which would start another), so that stopping it stops the work.
  const args = ["--conditions=react-server", "--import", "tsx", path.join(/*turbopackIgnore: true*/ root, "scripts/prepare-file.ts"), id, claimToken];
  const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<number>((resolve) => {
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
  return { exited, stop: () => void child.kill("SIGKILL") };
}
