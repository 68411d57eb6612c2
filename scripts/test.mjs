// npm test: every suite in turn — types, unit tests (with the rules engine's coverage), database tests on SQLite and
// PostgreSQL (when TEST_POSTGRES_URL is set; required in CI), exported documents opened by LibreOffice, the
// browser tests against the production build, and a short fuzzing pass over every action and route handler.
import { spawnSync } from "node:child_process";

const suites = [
  ["types", ["npm", ["run", "typecheck"]]],
  ["unit", ["npm", ["run", "test:unit"]]],
  ["database", ["npm", ["run", "test:db"]]],
  ["documents", ["npm", ["run", "test:office"]]],
  ["browser", ["npm", ["run", "test:e2e"]]],
  // A short pass over the build the browser tests made; `npm run fuzz` alone sends 10,000.
  ["fuzz", ["npm", ["run", "fuzz", "--", "--count", "1500"]]],
];

const results = [];
for (const [name, [command, args]] of suites) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  results.push({ name, ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (result.status !== 0) break;
}
console.log(`\n${results.map(({ name, ok, seconds }) => `${name}: ${ok ? "passed" : "FAILED"} (${seconds} s)`).join("\n")}`);
const allRan = results.length === suites.length;
process.exit(allRan && results.every(({ ok }) => ok) ? 0 : 1);
