// npm run bench:results — how the results page and the exports cope with a large tender, in one run:
//   1. a fresh SQLite database with the demo data and three published, fully scored assessments of Caerwen County
//      Council: small (10 suppliers × 12 criteria × 3 evaluators), medium (50 × 40 × 3) and large (300 × 60 × 3);
//   2. the number of database queries getResults makes at each size, in-process (it must not grow with size);
//   3. the time of every export at each size, in-process;
//   4. requests a second for the results page against a bare page (/privacy) on the production build (`next start`),
//      signed in as the officer through the sign-in form.
// Exits non-zero when a check fails: queries growing with size, a page that is not 200 or lacks the ranking, an
// export that is missing, a supplier left out of the ranking.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { initialCriteria, type CriterionDraft } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import type { Bilingual } from "@/lib/domain/text";
import { splitRuleWeight } from "@/lib/domain/weights";
import { PrismaClient } from "@/lib/generated/prisma-sqlite/client";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { getResults } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { createDb, getDb, sqliteFilePath, type Db } from "@/lib/server/db";
import { demoPassword, seedDemo } from "@/prisma/seed";

const root = path.resolve(__dirname, "..");
const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const CONCURRENCY = 4;
const DURATION_MS = 5000;
const MIN_REQUESTS = 2 * CONCURRENCY; // a slow page runs past DURATION_MS until this many answers have come back
const OFFICER = "officer@caerwen.example";
const SPECIALIST = "specialist@caerwen.example";
const THIRD_EVALUATOR = "evaluator@caerwen.example";
const DEADLINE = new Date("2026-10-30T12:00:00Z");
const BATCH = 2000;

type SizeKey = "small" | "medium" | "large";
const SIZES: { key: SizeKey; suppliers: number; criteria: number }[] = [
  { key: "small", suppliers: 10, criteria: 12 },
  { key: "medium", suppliers: 50, criteria: 40 },
  { key: "large", suppliers: 300, criteria: 60 },
];
const EXPORT_FILES = [
  "tender-criteria.docx", "tender-criteria.odt", "tender-criteria.xlsx", "tender-criteria.csv", "tender-criteria.ocds.json",
  "results.docx", "results.odt", "results.xlsx", "results.csv",
];

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.error(`  FAIL ${message}`);
};
const step = (message: string) => console.error(`· ${message}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number) => n.toLocaleString("en-GB");

// ---------------------------------------------------------------------------------------------------------------
// 1. Data

type Seeded = { key: SizeKey; id: string; suppliers: number; criteria: number; scores: number };

const placeStems = ["Aber", "Bryn", "Cwm", "Dyffryn", "Glan", "Llan", "Maes", "Pen", "Tre", "Ystrad", "Harbour", "Northgate", "Riverside", "Westfield", "Oakley"];
const trades = ["Data", "Cloud", "Systems", "Networks", "Digital", "Compute", "Hosting", "Software", "Technology", "IT Services", "Infrastructure", "Managed Services", "Devices", "Connect", "Solutions", "Analytics", "Secure", "Telecom", "Labs", "Support"];
const signatories = ["Alys Roberts", "Ben Okafor", "Carys Jenkins", "Dev Patel", "Eleri Thomas", "Fraser Hall", "Gwen Price", "Hamid Khan", "Iwan Rees", "Julia Novak"];

function supplierName(index: number) {
  const stem = placeStems[index % placeStems.length];
  const trade = trades[Math.floor(index / placeStems.length) % trades.length];
  return index < placeStems.length * trades.length ? `${stem} ${trade} Ltd` : `${stem} ${trade} ${index} Ltd`;
}

const day = (month: number, dayOfMonth: number) => `2026-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;

/** A supplier's evidence as a submitted Response stores it (the shape of prisma/seed-example-assessment.ts), varied. */
function supplierEvidence(index: number) {
  const netZeroYear = 2030 + (index % 16);
  const recycled = 60 + (index * 7) % 38;
  const refurbished = 10 + (index * 11) % 40;
  const ecoVadisScore = 45 + (index * 13) % 40;
  const medal = ecoVadisScore >= 75 ? "platinum" : ecoVadisScore >= 70 ? "gold" : ecoVadisScore >= 59 ? "silver" : ecoVadisScore >= 50 ? "bronze" : "none";
  const emissions = 1 + (index % 9) / 4;
  return {
    carbonReductionPlan: {
      netZeroYear,
      baselineYear: 2018 + (index % 3),
      baselineEmissionsTCO2e: Math.round(1850 * emissions),
      reportingPeriod: { start: "2025-04-01", end: "2026-03-31" },
      emissions: {
        scope1: { tCO2e: Math.round(96.4 * emissions * 10) / 10 },
        scope2: { tCO2e: Math.round(412.8 * emissions * 10) / 10 },
        scope3: {
          category4: { tCO2e: Math.round(120 * emissions) },
          category5: { tCO2e: 14.2 },
          category6: { tCO2e: Math.round(38.5 * emissions * 10) / 10 },
          category7: { tCO2e: Math.round(71.9 * emissions * 10) / 10 },
          category9: { tCO2e: 22 },
        },
      },
      reductionTargets: [{ year: 2030, reductionPercent: 40 + (index % 4) * 5 }, { year: netZeroYear, reductionPercent: 90 }],
      environmentalManagementMeasures: [
        "Renewable electricity contracts at all data centres",
        ...(index % 2 === 0 ? ["Server refresh moved to refurbished hardware"] : []),
        ...(index % 3 === 0 ? ["Electric vehicles for field engineers"] : []),
      ],
      declaration: { signatoryName: signatories[index % signatories.length], signatoryRole: "director", signedOn: day(4 + (index % 5), 1 + (index % 27)) },
      publicationUrl: `https://supplier-${index + 1}.example/carbon-reduction-plan`,
    },
    evidence: {
      sbti: { status: (["committed", "near-term-targets-set", "net-zero-targets-set"] as const)[index % 3], asAt: day(1 + (index % 9), 10) },
      ...(index % 2 === 0 ? { iso14001: { asAt: day(1 + (index % 8), 1), expiresOn: "2028-08-31" } } : {}),
      ...(index % 3 !== 1 ? { ecoVadis: { score: ecoVadisScore, medal, asAt: day(1 + (index % 7), 20) } } : {}),
      waste: {
        percentLandfilled: index % 5,
        percentReusedOrRecycled: recycled,
        percentReusedOrRecycledPreviousYear: recycled - (index % 6),
        percentRefurbishedOrRemanufactured: refurbished,
        ...(index % 2 === 0 ? { percentRefurbishedOrRemanufacturedPreviousYear: Math.max(0, refurbished - 5) } : {}),
      },
      policies: { circularIctPolicy: index % 4 !== 3, designedForDurabilityRepairAndRecycling: index % 2 === 0, problematicSubstancesPhasedOut: index % 3 === 0 },
      supplyChain: { tier1PercentWithData: 40 + (index * 3) % 60, tier2PercentWithData: (index * 7) % 50 },
      modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: day(6, 1 + (index % 28)) },
      ...(index % 4 === 0 ? { msat: { asAt: day(4, 15) } } : {}),
    },
  };
}

const ownTopics: Record<"BR1" | "BR2" | "BR3" | "OTHER", Bilingual[]> = {
  BR1: [
    { en: "Data centre energy efficiency", cy: "Effeithlonrwydd ynni canolfannau data" },
    { en: "Renewable electricity for the service", cy: "Trydan adnewyddadwy ar gyfer y gwasanaeth" },
    { en: "Emissions reporting for this contract", cy: "Adrodd ar allyriadau ar gyfer y contract hwn" },
  ],
  BR2: [
    { en: "Take-back and reuse of equipment", cy: "Casglu ac ailddefnyddio offer" },
    { en: "Repairability of devices supplied", cy: "Gallu i atgyweirio'r dyfeisiau a gyflenwir" },
    { en: "Packaging and waste", cy: "Pecynnu a gwastraff" },
  ],
  BR3: [
    { en: "Supply-chain emissions data", cy: "Data allyriadau'r gadwyn gyflenwi" },
    { en: "Modern slavery due diligence", cy: "Diwydrwydd dyladwy caethwasiaeth fodern" },
    { en: "Open reporting of sustainability indicators", cy: "Adrodd agored ar ddangosyddion cynaliadwyedd" },
  ],
  OTHER: [
    { en: "Local employment and skills", cy: "Cyflogaeth a sgiliau lleol" },
    { en: "Welsh language service", cy: "Gwasanaeth Cymraeg" },
    { en: "Support for small local suppliers", cy: "Cefnogaeth i gyflenwyr bach lleol" },
  ],
};

/** The framework's 2020 criteria first (as a new assessment starts), then the buyer's own, whole weights totalling 100. */
function criteriaDrafts(count: number): CriterionDraft[] {
  const scale = scalePresets["0-4"].points;
  const fromFramework = initialCriteria(latestFramework, "2020", scale).slice(0, count);
  const descriptors = Object.fromEntries(scale.map((point) => [String(point.value), point.descriptor]));
  const rules = ["BR1", "BR2", "BR3", "OTHER"] as const;
  const own = Array.from({ length: count - fromFramework.length }, (_, index): CriterionDraft => {
    const rule = rules[index % rules.length];
    const topic = ownTopics[rule][Math.floor(index / rules.length) % ownTopics[rule].length];
    const lot = Math.floor(index / (rules.length * 3)) + 1;
    return {
      frameworkCriterionId: null,
      rule,
      title: { en: `${topic.en} (part ${lot})`, cy: `${topic.cy} (rhan ${lot})` },
      question: { en: `Describe your approach to ${topic.en.toLowerCase()} for this contract, with measurable commitments.`, cy: `Disgrifiwch eich dull o ran ${topic.cy.toLowerCase()} ar gyfer y contract hwn, gydag ymrwymiadau mesuradwy.` },
      guidance: { en: "Refer to evidence that an evaluator can check. Commitments should have dates and owners.", cy: "Cyfeiriwch at dystiolaeth y gall gwerthuswr ei gwirio. Dylai fod dyddiadau a pherchnogion i ymrwymiadau." },
      evidence: { en: "A policy or plan, with its date\nFigures for the last reporting year", cy: "Polisi neu gynllun, gyda'i ddyddiad\nFfigurau ar gyfer y flwyddyn adrodd ddiwethaf" },
      descriptors,
      weight: 0,
    };
  });
  const weights = splitRuleWeight(100, count);
  return [...fromFramework, ...own].map((draft, index) => ({ ...draft, weight: weights[index] }));
}

const justifications = [
  "Scored against the descriptors and the evidence submitted.",
  "The response meets the requirement; the evidence is dated and specific to this contract.",
  "Commitments are clear but only partly evidenced; no independent verification was provided.",
  "Strong response with figures for the last two reporting years and named owners for each action.",
];

/** Scores 0–4: each evaluator gives the supplier's base score or one more, so no pair diverges by more than 1. */
function score(supplier: number, criterion: number, evaluator: number) {
  const base = Math.min(3, Math.floor(((supplier * 37 + criterion * 11) % 17) / 4.25) + (supplier % 5 === 0 ? 1 : 0));
  return base + ((supplier + criterion + evaluator) % 3 === 0 ? 1 : 0);
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

async function seedLargeTenders(db: Db): Promise<Seeded[]> {
  const caerwen = await db.organisation.findFirstOrThrow({ where: { nameEn: "Caerwen County Council" } });
  const officer = await db.user.findUniqueOrThrow({ where: { email: OFFICER } });
  const specialist = await db.user.findUniqueOrThrow({ where: { email: SPECIALIST } });
  const third = await db.user.create({ data: { email: THIRD_EVALUATOR, name: "Ffion Lloyd", preferredLanguage: "cy" } });
  await db.membership.create({ data: { userId: third.id, organisationId: caerwen.id, role: "sustainability-specialist" } });
  const evaluators = [officer.id, specialist.id, third.id];

  const most = Math.max(...SIZES.map((size) => size.suppliers));
  const suppliers = await db.organisation.createManyAndReturn({
    data: Array.from({ length: most }, (_, index) => ({ kind: "supplier", nameEn: supplierName(index), nameCy: index % 4 === 0 ? `${supplierName(index).replace(/ Ltd$/, "")} Cyf` : null, nation: index % 3 === 0 ? "wales" : "england" })),
    select: { id: true },
  });

  const scale = scalePresets["0-4"].points;
  const seeded: Seeded[] = [];
  for (const size of SIZES) {
    const reference = `CCC-2026-${size.key.toUpperCase()}`;
    const assessment = await db.assessment.create({
      data: {
        organisationId: caerwen.id,
        title: `ICT managed services framework (${size.suppliers} suppliers, ${size.criteria} criteria)`,
        reference,
        description: "Managed desktop, hosting and network services for the council and its schools, for four years.",
        nation: "wales",
        annualContractValue: 12_500_000,
        carbonReductionPlanRequired: true,
        responseDeadline: DEADLINE,
        scale: JSON.stringify(scale),
        divergenceThreshold: 1,
        frameworkId: latestFramework.id,
        frameworkVersion: latestFramework.version,
        frameworkLevel: "2020",
        languages: "en+cy",
        status: "published",
        publishedAt: new Date("2026-09-01T09:00:00Z"),
        createdById: officer.id,
      },
    });
    const criteria = await db.assessmentCriterion.createManyAndReturn({
      data: criteriaDrafts(size.criteria).map((draft, position) => ({
        assessmentId: assessment.id,
        position,
        ...criterionData(draft),
        ...(draft.rule === "OTHER" ? { category: "social-value" } : {}),
      })),
      select: { id: true },
    });
    await db.assessmentSpecialist.createMany({ data: [specialist.id, third.id].map((userId) => ({ assessmentId: assessment.id, userId, addedById: officer.id })) });
    const bidders = suppliers.slice(0, size.suppliers);
    await db.supplierInvitation.createMany({
      data: bidders.map((supplier) => ({ assessmentId: assessment.id, supplierOrganisationId: supplier.id, invitedById: officer.id, acceptedAt: new Date("2026-09-05T10:00:00Z") })),
    });
    const responses = await db.response.createManyAndReturn({
      data: bidders.map((supplier, index) => ({
        assessmentId: assessment.id,
        supplierOrganisationId: supplier.id,
        status: "submitted",
        evidence: JSON.stringify(supplierEvidence(index)),
        startedAt: new Date("2026-09-10T09:00:00Z"),
        submittedAt: new Date(DEADLINE.getTime() - (index + 1) * 60_000),
        reference: `${reference}-${String(index + 1).padStart(3, "0")}`,
      })),
      select: { id: true },
    });
    const scores = responses.flatMap((response, s) =>
      criteria.flatMap((criterion, c) =>
        evaluators.map((evaluatorId, e) => ({
          assessmentId: assessment.id,
          responseId: response.id,
          criterionId: criterion.id,
          evaluatorId,
          score: score(s, c, e),
          justification: justifications[(s + c + e) % justifications.length],
        })),
      ),
    );
    await inBatches(scores, (batch) => db.evaluatorScore.createMany({ data: batch }));
    seeded.push({ key: size.key, id: assessment.id, suppliers: size.suppliers, criteria: size.criteria, scores: scores.length });
  }
  return seeded;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The application's shared client, with every SQL statement counted

/** A client like createDb's (same pragmas), logging each statement; installed as the app's shared `db`. */
function installCountingClient(databaseUrl: string) {
  const base = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: 5000 });
  const adapter: SqlDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const connection = await base.connect();
      await connection.executeScript("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
      return connection;
    },
  };
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const statements: string[] = [];
  client.$on("query", (event) => statements.push(event.query));
  // lib/server/db.ts's getDb() takes an existing client from this global before creating one of its own.
  (globalThis as typeof globalThis & { __appDb?: Db }).__appDb = client as unknown as Db;
  if (getDb() !== (client as unknown as Db)) throw new Error("Could not install the counting client as the app's shared db");
  return { client, statements };
}

async function officerActor(db: Db): Promise<Actor> {
  const membership = await db.membership.findFirstOrThrow({ where: { user: { email: OFFICER } }, orderBy: { createdAt: "asc" }, include: { user: true, organisation: true } });
  return {
    userId: membership.userId,
    email: membership.user.email,
    name: membership.user.name,
    preferredLanguage: membership.user.preferredLanguage === "cy" ? "cy" : "en",
    organisationId: membership.organisationId,
    organisationKind: membership.organisation.kind as Actor["organisationKind"],
    organisationNameEn: membership.organisation.nameEn,
    organisationNameCy: membership.organisation.nameCy,
    nation: membership.organisation.nation as Actor["nation"],
    role: membership.role as Actor["role"],
  };
}

/** The tables a list of SQL statements reads, in order, for the report. */
const tablesOf = (statements: string[]) => statements.map((sql) => /FROM `main`\.`(\w+)`/.exec(sql)?.[1] ?? sql.split(" ")[0]).join(", ");

async function measureQueries(actor: Actor, seeded: Seeded[], statements: string[]) {
  const rows: { key: SizeKey; queries: number; ms: number; ranked: number }[] = [];
  let tables = "";
  for (const tender of seeded) {
    await getResults(actor, tender.id); // warm up: query plans, JIT
    statements.length = 0;
    const outcome = await getResults(actor, tender.id);
    const queries = statements.length;
    if (tender.key === "large") tables = tablesOf(statements);
    if (outcome.kind !== "results") {
      fail(`getResults(${tender.key}) returned ${outcome.kind}${outcome.kind === "problems" ? `: ${outcome.problems.map((p) => p.code).join(", ")}` : ""}`);
      rows.push({ key: tender.key, queries, ms: NaN, ranked: 0 });
      continue;
    }
    const ranked = outcome.outcome.result.ranking.length;
    if (ranked !== tender.suppliers) fail(`${tender.key}: ${ranked} of ${tender.suppliers} suppliers ranked`);
    const samples: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      await getResults(actor, tender.id);
      samples.push(performance.now() - start);
    }
    rows.push({ key: tender.key, queries, ms: median(samples), ranked });
  }
  const constant = rows.every((row) => row.queries === rows[0].queries);
  if (!constant) fail(`getResults makes ${rows.map((r) => `${r.queries} (${r.key})`).join(", ")} queries: it grows with size`);
  return { rows, constant, tables };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Exports

async function measureExports(actor: Actor, seeded: Seeded[]) {
  const table = new Map<string, Map<SizeKey, { ms: number; runs: number; bytes: number }>>();
  for (const file of EXPORT_FILES) table.set(file, new Map());
  // Once each on the small tender first, so that no figure includes loading or compiling the writers.
  for (const file of EXPORT_FILES) await exportAssessmentFile(actor, seeded[0].id, file);
  for (const tender of seeded) {
    step(`exports, ${tender.key}`);
    for (const file of EXPORT_FILES) {
      const samples: number[] = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const exported = await exportAssessmentFile(actor, tender.id, file);
        samples.push(performance.now() - start);
        if (!exported) {
          fail(`export ${file} (${tender.key}) returned nothing`);
          break;
        }
        bytes = typeof exported.body === "string" ? Buffer.byteLength(exported.body) : exported.body.byteLength;
        if (bytes === 0) fail(`export ${file} (${tender.key}) is empty`);
        // Slow exports: one run is enough to see them, and keeps the benchmark within a few minutes.
        if (samples[0] > 4000) break;
      }
      table.get(file)!.set(tender.key, { ms: median(samples), runs: samples.length, bytes });
    }
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. HTTP against the production build

class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function startServer(databaseUrl: string): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    detached: true, // its own process group, so that stopping it stops its workers too
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-results-secret-not-used-anywhere-else",
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

async function waitUntilReady(child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${BASE}/privacy`, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

const decodeEntities = (value: string) => value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");

/** Signs in as a browser does without JavaScript: the form's CSRF token and callback, then the redirects. */
async function signIn(email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const page = await fetch(`${BASE}/signin`, { redirect: "manual" });
  jar.take(page);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET /signin answered ${page.status}`);
  const csrfCookie = jar.get("next-auth.csrf-token");
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? (csrfCookie ? decodeURIComponent(csrfCookie).split("|")[0] : undefined);
  if (!csrfToken) throw new Error("No next-auth CSRF token on /signin");
  const callbackUrl = decodeEntities(/name="callbackUrl" value="([^"]+)"/.exec(html)?.[1] ?? "/dashboard");
  let response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl, email, password }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.get("next-auth.session-token")) throw new Error(`Sign-in failed: ${response.status} → ${response.headers.get("location")}`);
  for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops++) {
    const location = new URL(response.headers.get("location") ?? "/", BASE);
    response = await fetch(location, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    await response.arrayBuffer();
  }
  if (response.status !== 200) throw new Error(`After sign-in the last page answered ${response.status}`);
  return jar;
}

type Load = { rps: number; requests: number; p50: number; bytes: number; errors: number };

/** Requests a second with CONCURRENCY connections for DURATION_MS (or MIN_REQUESTS), checking every answer. */
async function load(url: string, cookie: string, check: (status: number, body: string) => string | null): Promise<Load> {
  const get = async () => {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    return { ms: performance.now() - start, problem: check(response.status, body), bytes: Buffer.byteLength(body) };
  };
  for (let warm = 0; warm < 2; warm++) {
    const { problem } = await get();
    if (problem) {
      fail(`${url}: ${problem}`);
      return { rps: NaN, requests: 0, p50: NaN, bytes: 0, errors: 1 };
    }
  }
  const latencies: number[] = [];
  let bytes = 0;
  let errors = 0;
  const problems = new Set<string>();
  const started = performance.now();
  const until = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until || latencies.length < MIN_REQUESTS) {
        const result = await get();
        latencies.push(result.ms);
        bytes = result.bytes;
        if (result.problem) {
          errors += 1;
          problems.add(result.problem);
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  for (const problem of problems) fail(`${url}: ${problem}`);
  return { rps: latencies.length / (elapsed / 1000), requests: latencies.length, p50: median(latencies), bytes, errors };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  const cpus = os.cpus();
  const header = `bench:results — ${os.type()} ${os.arch()}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite; load average ${os.loadavg()[0].toFixed(1)} at start`;
  console.error(header);

  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-results-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  let server: ReturnType<typeof startServer> | undefined;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (server?.child.pid) {
      try {
        process.kill(-server.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  try {
    if (Date.now() <= DEADLINE.getTime()) throw new Error(`The tenders' response deadline (${DEADLINE.toISOString()}) must be in the past; check the clock.`);
    if (!(await portIsFree(PORT))) throw new Error(`Port ${PORT} is in use; stop whatever listens there and run again.`);

    // 1. Database
    step(`database ${path.join(dir, "bench.db")}`);
    const { prepareDatabase } = (await import(pathToFileURL(path.join(root, "scripts/prepare-database.mjs")).href)) as { prepareDatabase: (url: string) => Promise<unknown> };
    await prepareDatabase(databaseUrl);
    const seedStart = performance.now();
    const seedDb = createDb(databaseUrl);
    let seeded: Seeded[];
    try {
      await seedDemo(seedDb);
      seeded = await seedLargeTenders(seedDb);
    } finally {
      await seedDb.$disconnect();
    }
    const seedMs = performance.now() - seedStart;
    step(`seeded in ${seconds(seedMs)}`);

    // 2. Queries
    const { client, statements } = installCountingClient(databaseUrl);
    const actor = await officerActor(client as unknown as Db);
    step("queries made by getResults");
    const queries = await measureQueries(actor, seeded, statements);

    // 3. Exports
    const exports = await measureExports(actor, seeded);
    await client.$disconnect();

    // 4. HTTP
    const buildId = path.join(root, ".next/BUILD_ID");
    if (!existsSync(buildId)) {
      step("no production build (.next/BUILD_ID): running npm run build, which takes a minute or so");
      const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
      if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
    }
    const builtAt = statSync(buildId).mtime;
    if (!(await portIsFree(PORT))) throw new Error(`Port ${PORT} is in use; stop whatever listens there and run again.`);
    step(`next start -p ${PORT} (build of ${builtAt.toISOString().slice(0, 16).replace("T", " ")} UTC)`);
    server = startServer(databaseUrl);
    await waitUntilReady(server.child, server.output);
    const jar = await signIn(OFFICER, demoPassword);
    const cookie = jar.header();
    const http: { label: string; result: Load }[] = [];
    const baselineRun = async (label: string) => {
      step(`baseline /privacy (${label}), ${CONCURRENCY} connections, ${DURATION_MS / 1000} s`);
      http.push({
        label: `/privacy, ${label}`,
        result: await load(`${BASE}/privacy`, cookie, (status, body) => (status !== 200 ? `status ${status}` : body.includes("<h1") ? null : "no heading")),
      });
    };
    // The baseline is measured before and after the results pages; their mean is the baseline, their gap the noise.
    await baselineRun("before");
    for (const tender of seeded) {
      step(`results page, ${tender.key}`);
      http.push({
        label: `results ${tender.key}`,
        result: await load(`${BASE}/assessments/${tender.id}/results`, cookie, (status, body) =>
          status !== 200 ? `status ${status}` : body.includes('data-testid="ranking"') ? null : "no ranking table"),
      });
    }
    await baselineRun("after");
    await stopServer(server.child);
    server = undefined;

    // 5. Report
    const lines: string[] = [];
    lines.push("", header);
    lines.push(`Seeded in ${seconds(seedMs)}: ${seeded.map((t) => `${t.key} ${t.suppliers} suppliers × ${t.criteria} criteria × 3 evaluators (${int(t.scores)} scores)`).join("; ")}.`);
    lines.push("", "Database queries per getResults call, as the results page makes it (in-process; SQL statements in Prisma's query log)");
    lines.push(`  ${"size".padEnd(8)}${"queries".padStart(8)}${"ranked".padStart(8)}${"getResults ms".padStart(15)}`);
    for (const row of queries.rows) lines.push(`  ${row.key.padEnd(8)}${String(row.queries).padStart(8)}${String(row.ranked).padStart(8)}${row.ms.toFixed(1).padStart(15)}`);
    lines.push(`  constant: ${queries.constant ? "yes" : "no"}`, `  statements (large): ${queries.tables}`);

    lines.push("", "Export time, ms (median of 3 runs; * = 1 run, over 4 s)");
    lines.push(`  ${"file".padEnd(27)}${seeded.map((t) => t.key.padStart(10)).join("")}${"large size".padStart(12)}`);
    for (const [file, sizes] of exports) {
      const cells = seeded.map((tender) => {
        const cell = sizes.get(tender.key);
        return (cell ? `${Math.round(cell.ms)}${cell.runs === 1 ? "*" : ""}` : "–").padStart(10);
      });
      const large = sizes.get("large");
      lines.push(`  ${file.padEnd(27)}${cells.join("")}${(large ? `${(large.bytes / 1024).toFixed(0)} KiB` : "–").padStart(12)}`);
    }

    const baselines = http.filter((h) => h.label.startsWith("/privacy")).map((h) => h.result.rps);
    const baseline = (baselines[0] + baselines[1]) / 2;
    const ratio = (rps: number) => (rps / baseline).toFixed(rps / baseline < 0.1 ? 3 : 2);
    lines.push("", `Requests a second, next start (production build), signed in as ${OFFICER}, ${CONCURRENCY} connections × ${DURATION_MS / 1000} s each`);
    lines.push(`  baseline: the bare page /privacy (layout, CSP, session), ${baseline.toFixed(1)} req/s, mean of before and after (${baselines.map((b) => b.toFixed(1)).join(" / ")})`);
    lines.push(`  ${"page".padEnd(20)}${"req/s".padStart(8)}${"÷ baseline".padStart(12)}${"p50 ms".padStart(9)}${"requests".padStart(10)}${"KiB/page".padStart(10)}`);
    for (const { label, result } of http) {
      lines.push(`  ${label.padEnd(20)}${result.rps.toFixed(1).padStart(8)}${ratio(result.rps).padStart(12)}${Math.round(result.p50).toString().padStart(9)}${String(result.requests).padStart(10)}${(result.bytes / 1024).toFixed(0).padStart(10)}`);
    }
    lines.push(`  every answer 200 (results pages with the ranking table): ${http.every((h) => h.result.errors === 0) ? "yes" : "no"}`);

    lines.push("", `${failures.length === 0 ? "PASS" : `FAIL (${failures.length})`} in ${seconds(performance.now() - began)}`);
    for (const failure of failures) lines.push(`  - ${failure}`);
    console.log(lines.join("\n"));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    console.log(`\nFAIL: ${failures.join("\n  ")}`);
  } finally {
    if (server) await stopServer(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main();
