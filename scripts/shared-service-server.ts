// The server the shared-service browser tests drive (playwright.shared.config.ts): two instances of the production
// build on a throwaway PostgreSQL database with the demo data and a rush tender, files in object storage, behind a
// round-robin proxy on E2E_PORT, sending e-mail to the browser tests' SMTP server. Writes what the specs need to know
// to data/e2e-<port>-shared.json; stopped by Playwright (SIGTERM), when it drops the database.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { RUSH_PASSWORD, seedRush } from "./shared-service/rush-seed";
import { startSharedService } from "./shared-service/start-shared-service";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3300);
const RUSH_SUPPLIERS = 60;

async function main() {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (!postgres) throw new Error("TEST_POSTGRES_URL is not set: the shared-service tests need a PostgreSQL server to create a database on.");
  const name = `shared_e2e_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  };

  let mailbox: { port: number; close: () => Promise<void> } | undefined;
  let service: Awaited<ReturnType<typeof startSharedService>> | undefined;
  try {
    const { prepareDatabase } = (await import(pathToFileURL(path.join(root, "scripts/prepare-database.mjs")).href)) as { prepareDatabase: (url: string) => Promise<unknown> };
    const { startMailbox } = (await import(pathToFileURL(path.join(root, "scripts/e2e-mailbox.mjs")).href)) as { startMailbox: (file: string) => Promise<{ port: number; close: () => Promise<void> }> };
    await prepareDatabase(databaseUrl);
    const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const };
    const seed = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "prisma/seed.ts")], { cwd: root, env, stdio: "inherit" });
    if (seed.status !== 0) throw new Error(`seeding failed (exit ${seed.status})`);
    const rush = await seedRush(databaseUrl, RUSH_SUPPLIERS);

    mailbox = await startMailbox(path.join(root, "data", `e2e-${port}-mail.jsonl`));
    service = await startSharedService({
      databaseUrl,
      port,
      secret: "shared-e2e-only-secret-not-used-anywhere-else",
      echo: true,
      env: { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, SMTP_FROM: "Assess ICT suppliers' sustainability <no-reply@service.example>", NOTIFICATIONS_POLL_MS: "250", NOTIFY_API_KEY: "", SESSION_IDLE_TIMEOUT_SECONDS: "1200" },
    });
    writeFileSync(path.join(root, "data", `e2e-${port}-shared.json`), JSON.stringify({ databaseUrl, rush: { ...rush, password: RUSH_PASSWORD }, instancePorts: service.instancePorts }));
    console.log(`Shared service on ${service.url}: instances on ${service.instancePorts.join(" and ")}`);
  } catch (error) {
    // Nothing is left behind on the database server when starting fails.
    await service?.stop();
    await mailbox?.close();
    await drop();
    throw error;
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service?.stop();
    await mailbox?.close();
    await drop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
