// Browser tests: Playwright drives Debian's Chromium against the production build on a fresh database.
// Installs Chromium when it is missing and this is a root shell with apt-get (Playwright cannot download
// browsers on these machines).
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("test-e2e: installing Debian's chromium…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } else {
    console.error(`test-e2e: no Chromium at ${chromium}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status ?? 1;
if (run("npm", ["run", "build"]) !== 0) process.exit(1);
const only = process.argv.slice(2);
if (run("npx", ["playwright", "test", ...only]) !== 0) process.exit(1);
// Then the shared service: two instances on one PostgreSQL behind a round-robin proxy (playwright.shared.config.ts).
// Not when particular specs were named; required in CI.
if (only.length > 0) process.exit(0);
if (!process.env.TEST_POSTGRES_URL) {
  if (process.env.CI) {
    console.error("test-e2e: CI is set but TEST_POSTGRES_URL is not: the shared-service browser tests must run in CI.");
    process.exit(1);
  }
  console.log("test-e2e: NOTICE — the shared-service tests were SKIPPED (TEST_POSTGRES_URL is not set). To run them too: TEST_POSTGRES_URL=postgres://postgres:postgres@localhost:5432/postgres npm run test:e2e");
  process.exit(0);
}
console.log("\ntest-e2e: the shared service, two instances behind a round-robin proxy");
process.exit(run("npx", ["playwright", "test", "--config", "playwright.shared.config.ts"], { E2E_PORT: process.env.E2E_SHARED_PORT ?? "3300" }));
