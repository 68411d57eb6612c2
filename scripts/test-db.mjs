// Runs the database tests (vitest project "db", files *.db.test.ts) on SQLite, then on PostgreSQL when
// TEST_POSTGRES_URL names a server (a throwaway database is created there and dropped after each test file).
// In CI (CI set) PostgreSQL is required. Extra arguments are passed to vitest.
import { spawnSync } from "node:child_process";

const extraArgs = process.argv.slice(2);
const postgresUrl = process.env.TEST_POSTGRES_URL;
const example = "TEST_POSTGRES_URL=postgres://postgres:postgres@localhost:5432/postgres npm run test:db";

function run(label, provider) {
  console.log(`\ntest-db: ${label}`);
  const env = { ...process.env };
  if (provider === "postgres") env.TEST_DATABASE_PROVIDER = "postgres";
  else delete env.TEST_DATABASE_PROVIDER;
  const result = spawnSync("npx", ["vitest", "run", "--project", "db", ...extraArgs], { stdio: "inherit", env });
  if (result.error) console.error(`test-db: could not run vitest: ${result.error.message}`);
  return result.status === 0;
}

const results = [];
results.push(["SQLite", run("SQLite", "sqlite")]);

if (postgresUrl) {
  results.push(["PostgreSQL", run(`PostgreSQL (${postgresUrl.replace(/\/\/[^@/]*@/, "//…@")})`, "postgres")]);
} else if (process.env.CI) {
  console.error(`\ntest-db: CI is set but TEST_POSTGRES_URL is not: the database tests must also run on PostgreSQL in CI.\n  Set it to a server the tests may create and drop databases on, e.g. ${example}`);
  results.push(["PostgreSQL", false, "NOT RUN (required in CI)"]);
} else {
  console.log(`\ntest-db: NOTICE — PostgreSQL was SKIPPED (TEST_POSTGRES_URL is not set); only SQLite was tested.\n  To test PostgreSQL too: ${example}`);
}

console.log(`\ntest-db: ${results.map(([name, ok, note]) => `${name} ${note ?? (ok ? "passed" : "FAILED")}`).join(", ")}`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
