// npm run bench:rush — 300 suppliers submit their responses within 10 seconds, against the production build
// (`next start`), on SQLite and then on PostgreSQL. Each supplier is signed in beforehand and has its "Check your
// answers" page open; during the rush each posts the submit form exactly as a browser does without JavaScript.
// Prints submissions stored, lost and duplicated (both must be 0) and p50/p95 latency. Exits non-zero otherwise.
// PostgreSQL: BENCH_POSTGRES_URL or TEST_POSTGRES_URL (a throwaway database is created there and dropped); skipped
// when neither is set.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { hashPassword } from "@/lib/server/auth/password";
import { createDb } from "@/lib/server/db";
import { CookieJar } from "./probe/session";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://localhost:${PORT}`;
const SUPPLIERS = 300;
const WINDOW_MS = 10_000;
const PASSWORD = "Bench-password-2026";
const failures: string[] = [];
const step = (message: string) => console.error(`· ${message}`);

const decodeEntities = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

async function seed(databaseUrl: string) {
  const db = createDb(databaseUrl);
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const buyer = await db.organisation.create({ data: { kind: "buyer", nameEn: "Rush Council", nation: "wales" } });
    const officer = await db.user.create({ data: { email: "officer@rush.example", name: "Rush Officer", passwordHash } });
    await db.membership.create({ data: { userId: officer.id, organisationId: buyer.id, role: "procurement-officer" } });
    const assessment = await db.assessment.create({
      data: {
        organisationId: buyer.id, title: "Rush hour", reference: "RUSH-1", nation: "wales", annualContractValue: 1000, carbonReductionPlanRequired: false,
        responseDeadline: new Date(Date.now() + 60 * 60_000), scale: "[]", divergenceThreshold: 1, frameworkId: "f", frameworkVersion: "1", frameworkLevel: "2020",
        languages: "en", status: "published", createdById: officer.id,
        criteria: { create: [0, 1, 2].map((position) => ({ position, rule: "BR1", titleEn: `Criterion ${position + 1}`, questionEn: "Describe it.", weight: position === 0 ? 34 : 33 })) },
      },
      include: { criteria: true },
    });
    const suppliers: { email: string }[] = [];
    for (let index = 0; index < SUPPLIERS; index += 1) {
      const email = `admin${index}@supplier${index}.example`;
      const organisation = await db.organisation.create({ data: { kind: "supplier", nameEn: `Supplier ${index} Ltd`, nation: "england" } });
      const user = await db.user.create({ data: { email, name: `Admin ${index}`, passwordHash } });
      await db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "supplier-admin" } });
      await db.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: organisation.id, invitedById: officer.id } });
      const response = await db.response.create({ data: { assessmentId: assessment.id, supplierOrganisationId: organisation.id } });
      await db.responseAnswer.createMany({ data: assessment.criteria.map((criterion) => ({ responseId: response.id, criterionId: criterion.id, answer: `Answer of supplier ${index}`, updatedById: user.id })) });
      suppliers.push({ email });
    }
    return { assessmentId: assessment.id, suppliers };
  } finally {
    await db.$disconnect();
  }
}

function startServer(databaseUrl: string) {
  let output = "";
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-rush-secret-not-used-anywhere-else", NEXTAUTH_URL: BASE, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", UPLOADS_DIR: path.join(os.tmpdir(), "bench-rush-uploads") },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}

async function waitUntilReady(child: ChildProcess, output: () => string) {
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${BASE}/privacy`).then((r) => r.arrayBuffer().then(() => r.status === 200), () => false);
    if (ok) return;
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

async function signIn(email: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const page = await fetch(`${BASE}/signin`, { redirect: "manual" });
  jar.take(page);
  const html = await page.text();
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? decodeURIComponent(jar.get("next-auth.csrf-token") ?? "").split("|")[0];
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/dashboard", email, password: PASSWORD }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.get("next-auth.session-token")) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
  return jar;
}

/** The submit form's hidden fields, as the page rendered them for a browser without JavaScript. */
async function openCheckPage(jar: CookieJar, url: string): Promise<[string, string][]> {
  const response = await fetch(`${BASE}${url}`, { headers: { cookie: jar.header() } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?name="declaration"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error(`No declaration form on ${url}`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [decodeEntities(match[1]), decodeEntities(match[2] ?? "")]);
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function rush(label: string, databaseUrl: string) {
  step(`${label}: migrating and seeding ${SUPPLIERS} invited suppliers`);
  const { prepareDatabase } = (await import(pathToFileURL(path.join(root, "scripts/prepare-database.mjs")).href)) as { prepareDatabase: (url: string) => Promise<unknown> };
  await prepareDatabase(databaseUrl);
  const { assessmentId, suppliers } = await seed(databaseUrl);
  const server = startServer(databaseUrl);
  try {
    await waitUntilReady(server.child, server.output);
    step(`${label}: signing in and opening "Check your answers" for each supplier`);
    const checkUrl = `/responses/${assessmentId}/check`;
    const prepared = await inBatches(suppliers, 10, async (supplier) => {
      const jar = await signIn(supplier.email);
      return { jar, fields: await openCheckPage(jar, checkUrl) };
    });
    step(`${label}: ${SUPPLIERS} submissions within ${WINDOW_MS / 1000} s`);
    const started = Date.now();
    const outcomes = await Promise.all(
      prepared.map(async ({ jar, fields }, index) => {
        await new Promise((resolve) => setTimeout(resolve, (index * WINDOW_MS) / SUPPLIERS));
        const body = new FormData();
        for (const [name, value] of fields) body.append(name, value);
        body.append("declaration", "yes");
        const sent = performance.now();
        const response = await fetch(`${BASE}${checkUrl}`, { method: "POST", body, redirect: "manual", headers: { cookie: jar.header() } });
        await response.arrayBuffer();
        const ms = performance.now() - sent;
        const ok = response.status === 303 && (response.headers.get("location") ?? "").endsWith("/confirmation");
        return { ok, ms, status: response.status };
      }),
    );
    const elapsed = Date.now() - started;
    const db = createDb(databaseUrl);
    const [submitted, responses, events] = await Promise.all([
      db.response.count({ where: { assessmentId, status: "submitted", receiptHash: { not: null } } }),
      db.response.count({ where: { assessmentId } }),
      db.auditEvent.count({ where: { action: "response.submitted" } }),
    ]);
    await db.$disconnect();
    const accepted = outcomes.filter((outcome) => outcome.ok).length;
    const lost = SUPPLIERS - submitted;
    const duplicated = Math.max(0, responses - SUPPLIERS) + Math.max(0, events - submitted);
    const latencies = outcomes.map((outcome) => outcome.ms);
    console.log(`${label.padEnd(10)} stored ${submitted}/${SUPPLIERS}  lost ${lost}  duplicated ${duplicated}  answered 303→confirmation ${accepted}  p50 ${percentile(latencies, 50).toFixed(0)} ms  p95 ${percentile(latencies, 95).toFixed(0)} ms  (all sent within ${(elapsed / 1000).toFixed(1)} s)`);
    if (lost !== 0) failures.push(`${label}: ${lost} submissions lost`);
    if (duplicated !== 0) failures.push(`${label}: ${duplicated} submissions duplicated`);
    if (accepted !== SUPPLIERS) failures.push(`${label}: ${SUPPLIERS - accepted} suppliers were not sent to their confirmation (statuses ${[...new Set(outcomes.filter((o) => !o.ok).map((o) => o.status))].join(", ")})`);
  } finally {
    await stopServer(server.child);
  }
}

async function main() {
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-rush-"));
  try {
    await rush("SQLite", `file:${path.join(folder, "rush.db")}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const postgres = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!postgres) {
    console.log("PostgreSQL SKIPPED: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL, e.g. postgres://postgres:postgres@localhost:5432/postgres");
  } else {
    const name = `bench_rush_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(postgres);
      url.pathname = `/${name}`;
      await rush("PostgreSQL", url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  if (failures.length > 0) {
    console.error(`\nbench:rush FAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
