// npm run bench:results — how the results page and the exports cope with a large tender, in one run:
//   1. a fresh SQLite database with the demo data and three published, fully scored assessments of Caerwen County
//      Council: small (10 suppliers × 12 criteria × 3 evaluators), medium (50 × 40 × 3) and large (300 × 60 × 3);
//   2. the number of database queries getResults makes at each size, in-process (it must not grow with size);
//   3. the time of every export at each size, in-process;
//   4. requests a second for the results page against a bare page (/privacy) on the production build (`next start`),
//      signed in as the officer through the sign-in form.
// Exits non-zero when a check fails: queries growing with size, a page that is not 200 or lacks the ranking, an
// export that is missing, a supplier left out of the ranking.
// Each step lives in scripts/bench/results/.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, type Db } from "@/lib/server/db";
import { demoPassword, seedDemo } from "@/prisma/seed";
import { installCountingClient, measureQueries, officerActor } from "./bench/results/count-queries";
import { measurePages } from "./bench/results/http-load";
import { portIsFree, productionBuild, startServer, stopServer, waitUntilReady } from "./bench/results/next-server";
import { fail, failures, step } from "./bench/results/progress";
import { report, seconds } from "./bench/results/report";
import { seedLargeTenders } from "./bench/results/seed-large-tenders";
import { DEADLINE, OFFICER, PORT, root, type Seeded } from "./bench/results/settings";
import { signIn } from "./bench/results/sign-in";
import { measureExports, measureRequestThread } from "./bench/results/time-exports";

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
    const requestThread = await measureRequestThread(actor, seeded.find((tender) => tender.key === "large")!, exports);
    await client.$disconnect();

    // 4. HTTP
    const builtAt = productionBuild();
    if (!(await portIsFree(PORT))) throw new Error(`Port ${PORT} is in use; stop whatever listens there and run again.`);
    step(`next start -p ${PORT} (build of ${builtAt.toISOString().slice(0, 16).replace("T", " ")} UTC)`);
    server = startServer(databaseUrl);
    await waitUntilReady(server.child, server.output);
    const jar = await signIn(OFFICER, demoPassword);
    const http = await measurePages(seeded, jar.header());
    await stopServer(server.child);
    server = undefined;

    // 5. Report
    console.log(report({ header, began, seedMs, seeded, queries, exports, requestThread, http }));
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
