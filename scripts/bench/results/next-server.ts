// The production build under `next start`, on its own port and database, started and stopped by the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { step } from "./progress";
import { BASE, PORT, root } from "./settings";

/** The time of the production build, building it first when there is none (.next/BUILD_ID). */
export function productionBuild(): Date {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) {
    step("no production build (.next/BUILD_ID): running npm run build, which takes a minute or so");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  }
  return statSync(buildId).mtime;
}

export async function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

export function startServer(databaseUrl: string): { child: ChildProcess; output: () => string } {
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
      // The files queued by the request-thread figures are not prepared while pages are timed.
      PREPARED_FILES_WORKER: "off",
    },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

export async function stopServer(child: ChildProcess) {
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

export async function waitUntilReady(child: ChildProcess, output: () => string) {
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
