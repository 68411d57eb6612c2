// A shared service in miniature on loopback: two `next start` instances of the production build on one PostgreSQL
// database, files in S3-compatible object storage (s3rver), behind a round-robin proxy. What the shared-service
// browser tests and the two-instance rush run against.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { startObjectStorage } from "@/lib/testing/object-storage-server";
import { startRoundRobinProxy } from "./round-robin-proxy";

const root = path.resolve(__dirname, "../..");

export type SharedService = { url: string; instancePorts: number[]; stop: () => Promise<void>; output: () => string };

/** Waits until `next start` on `port` answers a bare page (90 s at most), or fails with its output. */
export async function waitUntilReady(child: ChildProcess, port: number, output: () => string) {
  for (const started = Date.now(); Date.now() - started < 90_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/privacy`).then((r) => r.arrayBuffer().then(() => r.status === 200), () => false);
    if (ok) return;
  }
  throw new Error(`next start on ${port} did not answer within 90 s:\n${output()}`);
}

/** SIGTERM, then SIGKILL after 5 seconds. */
export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/**
 * Starts the instances on `port + 1`, `port + 2`… and the proxy on `port`; the service's address (NEXTAUTH_URL) is the
 * proxy's. `env` adds to the instances' environment (the mail server, for instance). Their output is echoed, or, with
 * `logFile`, written straight to that file: a busy parent reading pipes would hold up the instances' logging (pipes
 * are written synchronously), and with it their requests.
 */
export async function startSharedService(options: { databaseUrl: string; port: number; instances?: number; secret: string; env?: Record<string, string>; echo?: boolean; logFile?: string }): Promise<SharedService> {
  const storage = await startObjectStorage();
  const url = `http://localhost:${options.port}`;
  const instancePorts = Array.from({ length: options.instances ?? 2 }, (_, index) => options.port + 1 + index);
  let output = "";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    TRUST_PROXY: "1",
    ...storage.env,
    ...options.env,
  };
  const log = options.logFile ? openSync(options.logFile, "a") : null;
  const children = instancePorts.map((port, index) => {
    // In this process's group, so that whatever stops the group (a test runner giving up) stops the instances too.
    const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", log ?? "pipe", log ?? "pipe"] });
    const tag = (chunk: Buffer) => {
      const text = chunk.toString().replace(/^(?=.)/gm, `[instance-${index + 1}] `);
      output += text;
      if (options.echo) process.stdout.write(text);
    };
    child.stdout?.on("data", tag);
    child.stderr?.on("data", tag);
    return child;
  });
  if (log !== null) closeSync(log);
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>> | undefined;
  const stop = async () => {
    await Promise.all(children.map(stopProcess));
    await proxy?.stop();
    await storage.stop();
  };
  try {
    const outputSoFar = () => (options.logFile ? readFileSync(options.logFile, "utf8").slice(-20_000) : output);
    await Promise.all(children.map((child, index) => waitUntilReady(child, instancePorts[index], outputSoFar)));
    proxy = await startRoundRobinProxy(instancePorts, options.port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, instancePorts, stop, output: () => (options.logFile ? readFileSync(options.logFile, "utf8").slice(-20_000) : output) };
}
