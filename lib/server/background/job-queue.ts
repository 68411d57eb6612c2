import "server-only";
import type PgBoss from "pg-boss";
import { databaseProvider, nodePostgresUrl } from "@/lib/server/db";

// Background work on PostgreSQL goes through pg-boss (its own schema, `pgboss`): a job sent by any instance is
// taken by whichever instance is free, survives restarts, and a scheduled job runs once across all instances. On
// SQLite (one machine) each kind of work polls its own table instead. Each instance has one pg-boss, shared by every
// kind of background work (prepared files, e-mail, reminders).

const globalForQueue = globalThis as typeof globalThis & { __jobQueue?: Promise<PgBoss> };

export const jobQueueAvailable = () => databaseProvider() === "postgres";

/** This instance's pg-boss, started on first use; a failed start is tried again on the next use. */
export function jobQueue(): Promise<PgBoss> {
  globalForQueue.__jobQueue ??= (async () => {
    const { default: PgBossClass } = await import("pg-boss");
    const boss = new PgBossClass({ connectionString: nodePostgresUrl(process.env.DATABASE_URL ?? ""), schema: "pgboss", max: 3 });
    boss.on("error", (error) => console.error("[job-queue] pg-boss:", error));
    await boss.start();
    return boss;
  })().catch((error) => {
    globalForQueue.__jobQueue = undefined;
    throw error;
  });
  return globalForQueue.__jobQueue;
}

const created = new Set<string>();

/** pg-boss with the named queue made (once per instance). */
export async function queueNamed(name: string): Promise<PgBoss> {
  const boss = await jobQueue();
  if (!created.has(name)) {
    await boss.createQueue(name);
    created.add(name);
  }
  return boss;
}

/** Stops this instance's pg-boss, letting jobs in hand finish (a worker process shutting down, a test ending). */
export async function stopJobQueue(): Promise<void> {
  const running = globalForQueue.__jobQueue;
  globalForQueue.__jobQueue = undefined;
  created.clear();
  if (running) await (await running.catch(() => null))?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
