// npm run bench:engine — the rules engine timed as the service runs it and as the development loader runs it.
// The production build ships the engine bundled (one scope: an imported function is called directly), so the target
// is judged on scripts/bench-engine.ts bundled the same way. Under tsx every imported function is reached through an
// export getter; that run is printed after it for comparison, without a target.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-engine-"));
let failed = false;
try {
  const bundle = path.join(dir, "bench-engine.cjs");
  buildSync({ entryPoints: [path.join(root, "scripts/bench-engine.ts")], bundle: true, platform: "node", format: "cjs", outfile: bundle, tsconfig: path.join(root, "tsconfig.json"), logLevel: "error" });
  const runs = [
    { label: "bundled, as the production build runs it", command: [bundle, "--target"] },
    { label: "under tsx, the development loader (for comparison; no target)", command: [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/bench-engine.ts")] },
  ];
  for (const { label, command } of runs) {
    console.log(`\n${label}:`);
    const run = spawnSync(process.execPath, command, { cwd: root, stdio: "inherit" });
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
