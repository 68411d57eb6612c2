// The database queries getResultsOverview (the results page) and getResults (the scores by criterion, summaries and
// exports) make at each size, counted in-process: they must not grow with the tender.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma-sqlite/client";
import { getResults, getResultsOverview } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOfMembership } from "@/lib/server/auth/member-actor";
import { getDb, sqliteFilePath, type Db } from "@/lib/server/db";
import { fail, median } from "./progress";
import { OFFICER, type Seeded, type SizeKey } from "./settings";

/** A client like createDb's (same pragmas), logging each statement; installed as the app's shared `db`. */
export function installCountingClient(databaseUrl: string) {
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

export async function officerActor(db: Db): Promise<Actor> {
  const membership = await db.membership.findFirstOrThrow({ where: { user: { email: OFFICER } }, orderBy: { createdAt: "asc" }, include: { user: true, organisation: true } });
  return actorOfMembership(membership);
}

/** The tables a list of SQL statements reads, in order, for the report. */
const tablesOf = (statements: string[]) => statements.map((sql) => /FROM `main`\.`(\w+)`/.exec(sql)?.[1] ?? sql.split(" ")[0]).join(", ");

/** Queries and median time of one way of reading the results. */
async function measure<Outcome>(read: () => Promise<Outcome>, statements: string[]) {
  await read(); // warm up: query plans, JIT
  statements.length = 0;
  const outcome = await read();
  const queries = statements.length;
  const tables = tablesOf(statements);
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await read();
    samples.push(performance.now() - start);
  }
  return { outcome, queries, tables, ms: median(samples) };
}

export async function measureQueries(actor: Actor, seeded: Seeded[], statements: string[]) {
  const rows: { key: SizeKey; queries: number; ms: number; fullQueries: number; fullMs: number; ranked: number }[] = [];
  let tables = "";
  for (const tender of seeded) {
    const overview = await measure(() => getResultsOverview(actor, tender.id), statements);
    const full = await measure(() => getResults(actor, tender.id), statements);
    if (tender.key === "large") tables = overview.tables;
    const { outcome } = overview;
    if (outcome.kind !== "results") {
      fail(`getResultsOverview(${tender.key}) returned ${outcome.kind}`);
      rows.push({ key: tender.key, queries: overview.queries, ms: NaN, fullQueries: full.queries, fullMs: NaN, ranked: 0 });
      continue;
    }
    const ranked = outcome.outcome.result.ranking.length;
    if (ranked !== tender.suppliers) fail(`${tender.key}: ${ranked} of ${tender.suppliers} suppliers ranked`);
    rows.push({ key: tender.key, queries: overview.queries, ms: overview.ms, fullQueries: full.queries, fullMs: full.ms, ranked });
  }
  const constant = rows.every((row) => row.queries === rows[0].queries && row.fullQueries === rows[0].fullQueries);
  if (!constant) fail(`the results make ${rows.map((r) => `${r.queries} and ${r.fullQueries} (${r.key})`).join(", ")} queries: they grow with size`);
  return { rows, constant, tables };
}
