// npm run bench:rush — the deadline rush against the production build (`next start`): 300 suppliers submit within
// 10 seconds on SQLite and on PostgreSQL with one instance, then 1,000 within 10 seconds across two instances on one
// PostgreSQL behind a round-robin proxy (files in object storage), as a shared service runs. Each supplier is signed
// in beforehand with its "Check your answers" page open; during the rush each posts the submit form as a browser
// does without JavaScript. Prints stored, lost and duplicated (both must be 0) and p50/p95 latency, with PASS/FAIL
// against the target (two instances: p95 under 300 ms). Exits non-zero on any failure.
// PostgreSQL: BENCH_POSTGRES_URL or TEST_POSTGRES_URL (throwaway databases are created there and dropped); skipped
// when neither is set.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createDb } from "@/lib/server/db";
import { percentile, rushSubmissions } from "./shared-service/rush-http";
import { RUSH_PASSWORD, seedRush } from "./shared-service/rush-seed";
import { startSharedService, stopProcess, waitUntilReady } from "./shared-service/start-shared-service";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const WINDOW_MS = 10_000;
const SHARED_P95_TARGET_MS = 300;
const failures: string[] = [];
const step = (message: string) => console.error(`· ${message}`);

/** One instance on PORT, with no proxy in front. */
async function oneInstance(databaseUrl: string) {
  let output = "";
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-rush-secret-not-used-anywhere-else", NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", UPLOADS_DIR: path.join(os.tmpdir(), "bench-rush-uploads") },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  try {
    await waitUntilReady(child, PORT, () => output);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url: `http://localhost:${PORT}`, stop: () => stopProcess(child) };
}

async function rush(label: string, databaseUrl: string, suppliers: number, instances: 1 | 2) {
  step(`${label}: migrating and seeding ${suppliers} invited suppliers`);
  const { prepareDatabase } = (await import(pathToFileURL(path.join(root, "scripts/prepare-database.mjs")).href)) as { prepareDatabase: (url: string) => Promise<unknown> };
  await prepareDatabase(databaseUrl);
  const seeded = await seedRush(databaseUrl, suppliers);
  const logFile = path.join(os.tmpdir(), `bench-rush-instances-${process.pid}.log`);
  const service = instances === 1 ? await oneInstance(databaseUrl) : await startSharedService({ databaseUrl, port: PORT, secret: "bench-rush-secret-not-used-anywhere-else", logFile });
  try {
    const { outcomes, elapsedMs } = await rushSubmissions(service.url, seeded.assessmentId, seeded.suppliers, RUSH_PASSWORD, WINDOW_MS, (message) => step(`${label}: ${message}`));
    const db = createDb(databaseUrl);
    const [submitted, responses, events] = await Promise.all([
      db.response.count({ where: { assessmentId: seeded.assessmentId, status: "submitted", receiptHash: { not: null } } }),
      db.response.count({ where: { assessmentId: seeded.assessmentId } }),
      db.auditEvent.count({ where: { action: "response.submitted" } }),
    ]);
    await db.$disconnect();
    const accepted = outcomes.filter((outcome) => outcome.ok).length;
    const lost = suppliers - submitted;
    const duplicated = Math.max(0, responses - suppliers) + Math.max(0, events - submitted);
    const latencies = outcomes.map((outcome) => outcome.ms);
    const p95 = percentile(latencies, 95);
    const servedBy = instances === 2 ? `  served by ${[...new Set(outcomes.map((o) => o.servedBy))].sort().join(" and ")}` : "";
    const target = instances === 2 ? `  target p95 < ${SHARED_P95_TARGET_MS} ms: ${p95 < SHARED_P95_TARGET_MS ? "PASS" : "FAIL"}` : "";
    console.log(`${label.padEnd(22)} stored ${submitted}/${suppliers}  lost ${lost}  duplicated ${duplicated}  answered 303→confirmation ${accepted}  p50 ${percentile(latencies, 50).toFixed(0)} ms  p95 ${p95.toFixed(0)} ms  (all sent within ${(elapsedMs / 1000).toFixed(1)} s)${servedBy}${target}`);
    if (lost !== 0) failures.push(`${label}: ${lost} submissions lost`);
    if (duplicated !== 0) failures.push(`${label}: ${duplicated} submissions duplicated`);
    if (accepted !== suppliers) failures.push(`${label}: ${suppliers - accepted} suppliers were not sent to their confirmation (statuses ${[...new Set(outcomes.filter((o) => !o.ok).map((o) => o.status))].join(", ")})`);
    if (instances === 2 && p95 >= SHARED_P95_TARGET_MS) failures.push(`${label}: p95 ${p95.toFixed(0)} ms, target under ${SHARED_P95_TARGET_MS} ms`);
  } finally {
    await service.stop();
  }
}

async function withPostgresDatabase(postgres: string, run: (url: string) => Promise<void>) {
  const name = `bench_rush_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(postgres);
    url.pathname = `/${name}`;
    await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  const only = process.argv.includes("--shared-only");
  if (!only) {
    const folder = mkdtempSync(path.join(os.tmpdir(), "bench-rush-"));
    try {
      await rush("SQLite", `file:${path.join(folder, "rush.db")}`, 300, 1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const postgres = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!postgres) {
    console.log("PostgreSQL SKIPPED: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL, e.g. postgres://postgres:postgres@localhost:5432/postgres");
  } else {
    if (!only) await withPostgresDatabase(postgres, (url) => rush("PostgreSQL", url, 300, 1));
    await withPostgresDatabase(postgres, (url) => rush("PostgreSQL, 2 instances", url, 1000, 2));
  }
  if (failures.length > 0) {
    console.error(`\nbench:rush FAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nbench:rush PASS");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
