// npm run fuzz [-- --count 10000 --seed 20261201 --port 3305]
// Starts the production build on loopback with its own throwaway seeded database, signs in a buyer and a supplier,
// and sends malformed requests to every server action (ids from the build's manifest) and every route handler:
// random JSON in every argument, wrong content types, malformed multipart and reply encodings, malformed
// %-encoding in paths and query strings, oversized headers and bodies. Prints counts by status and by target; exits
// non-zero on any 500 or any body that leaks an internal, printing the first few requests to replay them.
import { createServer } from "node:net";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Random, randomJson, randomString, replySpecials, decodableReplySpecials } from "./probe/hostile";
import { leakIn } from "./probe/leaks";
import { signInOverHttp } from "./probe/session";
import { queryRows } from "./probe/snapshot";
import { makeApiTokens } from "./probe/api-tokens";
import { fillRoute, routeHandlers, serverActions } from "./probe/targets";

const root = process.cwd();
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : (process.env[`FUZZ_${name.toUpperCase()}`] ?? fallback);
};
const count = Number(option("count", "10000"));
const seed = Number(option("seed", "20261201"));
const showCount = Number(option("show", "5"));
const password = "Demo-password-2026";

type Probe = { target: string; method: string; path: string; headers: Record<string, string>; body?: string | Buffer };
type Finding = { probe: Probe; status: number | string; problem: string; digest?: string };

/** %-encodes any text, lone surrogates included (as U+FFFD), as a client that sends well-formed URLs would. */
const encode = (text: string) => encodeURIComponent(text.replaceAll(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer().once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve((server.address() as { port: number } | null)?.port ?? port)));
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

async function main() {
  const { prepareSeededDatabase, seededServerEnv, startNextServer } = (await import(pathToFileURL(path.join(root, "scripts/seeded-server.mjs")).href)) as {
    seededServerEnv: (options: { port: number; name: string; secret: string; extra?: Record<string, string> }) => { file: string; env: NodeJS.ProcessEnv };
    prepareSeededDatabase: (file: string, env: NodeJS.ProcessEnv, stdio?: string) => Promise<void>;
    startNextServer: (port: number, env: NodeJS.ProcessEnv, options?: { stdio?: unknown; detached?: boolean; hostname?: string }) => import("node:child_process").ChildProcess;
  };
  const port = await freePort(Number(option("port", "3305")));
  const base = `http://127.0.0.1:${port}`;
  const actions = serverActions();
  const routes = routeHandlers();
  console.log(`fuzz: seed ${seed}, ${count} requests, ${actions.length} server actions, ${routes.length} route handlers (${routes.join(", ")}), port ${port}`);

  const { file, env } = seededServerEnv({ port, name: `fuzz-${port}`, secret: "fuzz-only-secret-not-used-anywhere-else", extra: { NEXTAUTH_URL: base, UPLOADS_DIR: path.join(root, "data", `fuzz-${port}-uploads`) } });
  await prepareSeededDatabase(file, env, "pipe");
  let serverOutput = "";
  const server = startNextServer(port, env, { stdio: ["ignore", "pipe", "pipe"], detached: true, hostname: "127.0.0.1" });
  server.stdout?.on("data", (chunk) => (serverOutput += chunk));
  server.stderr?.on("data", (chunk) => (serverOutput += chunk));
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  for (let started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${serverOutput}`);
    if (Date.now() - started > 60_000) throw new Error(`next start did not answer within 60 s:\n${serverOutput}`);
    if (await fetch(`${base}/privacy`).then((response) => response.ok, () => false)) break;
  }

  const sessions: { name: string; cookie: string; authorization?: string }[] = [
    { name: "signed out", cookie: "" },
    { name: "buyer", cookie: (await signInOverHttp(base, "officer@caerwen.example", password)).header() },
    { name: "supplier", cookie: (await signInOverHttp(base, "admin@greenbyte.example", password)).header() },
    // The API takes tokens, never cookies.
    ...(await makeApiTokens(env.DATABASE_URL!)).map(({ name, authorization }) => ({ name, cookie: "", authorization })),
  ];
  const ids = ["Assessment", "AssessmentCriterion", "AssessmentGate", "AssessmentComment", "SupplierInvitation", "Response", "ResponseFile", "Membership", "Organisation", "ClarificationQuestion", "ConflictDeclaration", "User"].flatMap((table) =>
    queryRows<{ id: string }>(file, `SELECT id FROM "${table}" LIMIT 5`).map((row) => row.id),
  );
  const pool: unknown[] = [...ids, { in: ids.slice(0, 2) }, { not: "x" }, { notIn: [] }, 0, -1, 1e308, "NaN", "", null, [], {}, ...decodableReplySpecials];

  const random = new Random(seed);
  const files = ["criteria.docx", "criteria.odt", "criteria.xlsx", "criteria.csv", "ocds.json", "results.xlsx", "results.csv", "x"];
  const badPercent = ["%", "%zz", "%E0%A4%A", "%C0%AF", "%ff", "%00", "%2e%2e%2f", "%%", "a%", "%u0041"];
  const segment = (): { text: string } => {
    const pick = random.int(6);
    if (pick === 0) return { text: random.pick(badPercent) };
    if (pick === 1) return { text: encode(randomString(random, 60)).slice(0, 3000) || "x" };
    if (pick === 2) return { text: "a".repeat(random.pick([100, 1000, 4000])) };
    return { text: String(random.pick(ids)) };
  };
  const query = () => {
    if (random.chance(0.4)) return "";
    const names = ["back", "next", "callbackUrl", "error", "done", "invitation", "x", "file", "csrf"];
    return `?${Array.from({ length: 1 + random.int(3) }, () => `${random.pick(names)}=${random.chance(0.3) ? random.pick(badPercent) : encode(randomString(random, 80))}`).join("&")}`;
  };
  const randomFields = () => {
    const form = new FormData();
    const names = ["role", "email", "version", "answer", "language", "declaration", "decision", "resolution", "hasConflict", "details", "userId", "title", "reference", "body", "criterionId", "file", "stay", randomString(random, 12)];
    for (let i = random.int(8); i > 0; i -= 1) {
      const name = random.pick(names);
      if (random.chance(0.1)) form.append(`1_${name}`, new Blob([randomString(random, 500)], { type: random.pick(["application/pdf", "image/png", "text/html", ""]) }), random.pick(["a.pdf", "../../etc/passwd", "x".repeat(300), "ŵ.png"]));
      else form.append(`1_${name}`, randomString(random, 300));
    }
    return form;
  };

  async function actionProbe(action: (typeof actions)[number], cookie: string): Promise<Probe> {
    const params: Record<string, string> = {};
    for (const name of ["assessmentId", "templateId", "token"]) {
      params[name] = (random.chance(0.8) ? { text: String(random.pick(ids)) } : segment()).text;
    }
    const page = fillRoute(action.page, params);
    const args = Array.from({ length: random.int(6) }, () => randomJson(random, pool));
    const headers: Record<string, string> = { "Next-Action": random.chance(0.03) ? random.pick(["", "7f" + "0".repeat(40), "x", action.id.toUpperCase()]) : action.id, Accept: "text/x-component" };
    if (cookie) headers.cookie = cookie;
    if (random.chance(0.02)) headers["x-fuzz-padding"] = "p".repeat(8_000);
    const kind = random.int(10);
    if (kind <= 3) {
      const undecodable = random.chance(0.15);
      if (undecodable) args.splice(random.int(args.length + 1), 0, random.pick(replySpecials.filter((special) => !(decodableReplySpecials as readonly string[]).includes(special))));
      return { target: action.name, method: "POST", path: page, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, body: JSON.stringify([...args, {}]) };
    }
    if (kind <= 6) {
      const form = randomFields();
      form.set("0", JSON.stringify([...args, random.pick([{}, null, "$undefined"]), "$K1"]));
      const request = new Request(base, { method: "POST", body: form });
      const body = Buffer.from(await request.arrayBuffer());
      return { target: action.name, method: "POST", path: page, headers: { ...headers, "Content-Type": request.headers.get("content-type")! }, body };
    }
    if (kind === 7) {
      const contentType = random.pick(["application/json", "application/x-www-form-urlencoded", "application/octet-stream", "text/html", "", "multipart/form-data", "multipart/form-data; boundary="]);
      const body = random.chance(0.5) ? JSON.stringify(args) : randomString(random, 2000);
      return { target: action.name, method: "POST", path: page, headers: contentType ? { ...headers, "Content-Type": contentType } : headers, body };
    }
    if (kind === 8) {
      const boundary = "----fuzz" + random.int(1e9);
      const body = random.pick([`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[1,2`, `--${boundary}\r\nbroken header\r\n\r\nx\r\n--${boundary}--`, `--${boundary}--`, `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${JSON.stringify(args)}\r\n--${boundary}--\r\n`, randomString(random, 3000)]);
      return { target: action.name, method: "POST", path: page, headers: { ...headers, "Content-Type": `multipart/form-data; boundary=${boundary}` }, body };
    }
    const big = JSON.stringify([...args.slice(0, 2), "B".repeat(random.pick([1_000_000, 3_000_000])), {}]);
    return { target: action.name, method: "POST", path: page, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, body: big };
  }

  function routeProbe(route: string, cookie: string, authorization?: string): Probe {
    const params: Record<string, string> = {};
    for (const name of ["assessmentId", "fileId", "locale", "file", "nextauth"]) {
      const value = segment();
      const chosen = name === "locale" && random.chance(0.5) ? { text: random.pick(["en", "cy", "EN", "fr"]) } : name === "file" && random.chance(0.5) ? { text: random.pick(files) } : name === "nextauth" && random.chance(0.6) ? { text: random.pick(["session", "csrf", "providers", "signin", "signout", "callback/credentials", "callback/oidc", "signin/oidc", "_log", "error", "verify-request"]) } : value;
      params[name] = chosen.text;
    }
    const method = random.pick(["GET", "GET", "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"]);
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (random.chance(0.05)) headers.cookie = `${cookie}; next-auth.session-token=${encode(randomString(random, 500))}`;
    if (authorization) headers.authorization = random.chance(0.05) ? `Bearer ${encode(randomString(random, 60))}` : authorization;
    if (random.chance(0.02)) headers["x-fuzz-padding"] = "p".repeat(8_000);
    let body: string | undefined;
    if (method === "POST" || method === "PUT") {
      const contentType = random.pick(["application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data; boundary=x"]);
      headers["Content-Type"] = contentType;
      body = contentType.includes("json") ? (random.chance(0.5) ? JSON.stringify(randomJson(random, pool)) : randomString(random, 300)) : `csrfToken=${random.pick(badPercent)}&email=${encode(randomString(random, 40))}&password=${randomString(random, 40)}&callbackUrl=${random.pick(badPercent)}`;
    }
    return { target: route, method, path: `${fillRoute(route, params)}${query()}`, headers, body };
  }

  const statusCounts = new Map<string, number>();
  const byTarget = new Map<string, Map<string, number>>();
  const findings: Finding[] = [];
  const targets = [...actions.map((action) => ({ kind: "action" as const, action, name: action.name })), ...routes.map((route) => ({ kind: "route" as const, route, name: route }))];

  async function send(probe: Probe) {
    let status: number | string;
    let problem: string | null = null;
    let digest: string | undefined;
    try {
      const response = await fetch(`${base}${probe.path}`, { method: probe.method, headers: probe.headers, body: typeof probe.body === "string" || probe.body === undefined ? probe.body : new Uint8Array(probe.body), redirect: "manual", signal: AbortSignal.timeout(30_000) });
      status = response.status;
      const text = await response.text();
      const leak = leakIn(text);
      digest = /"digest":"([^"]+)"/.exec(text)?.[1];
      if (status >= 500) problem = `answered ${status}${leak ? `, ${leak}` : ""}`;
      else if (leak) problem = `leaked ${leak}`;
    } catch (error) {
      status = (error as Error).name === "TimeoutError" ? "timeout" : "no answer";
      problem = status === "timeout" ? "no answer within 30 s" : `connection failed: ${(error as Error).message}`;
    }
    statusCounts.set(String(status), (statusCounts.get(String(status)) ?? 0) + 1);
    const counts = byTarget.get(probe.target) ?? new Map<string, number>();
    counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
    byTarget.set(probe.target, counts);
    if (problem) findings.push({ probe, status, problem, digest });
  }

  const started = Date.now();
  const inFlight = 4;
  for (let at = 0; at < count; at += inFlight) {
    const batch: Promise<void>[] = [];
    for (let i = at; i < Math.min(count, at + inFlight); i += 1) {
      const target = targets[i % targets.length];
      const session = random.pick(sessions);
      const probe = target.kind === "action" ? await actionProbe(target.action, session.cookie) : routeProbe(target.route, session.cookie, session.authorization);
      batch.push(send(probe));
    }
    await Promise.all(batch);
    if (server.exitCode !== null) {
      findings.push({ probe: { target: "server", method: "-", path: "-", headers: {} }, status: "exited", problem: `the server exited with ${server.exitCode}` });
      break;
    }
  }
  const seconds = (Date.now() - started) / 1000;

  console.log(`\nsent ${count} requests in ${seconds.toFixed(0)} s; by status:`);
  for (const [status, n] of [...statusCounts].sort()) console.log(`  ${status.padEnd(10)} ${n}`);
  console.log("\nby target:");
  for (const [target, counts] of [...byTarget].sort()) console.log(`  ${target.padEnd(72)} ${[...counts].sort().map(([status, n]) => `${status}×${n}`).join(" ")}`);

  const folder = path.join(root, "data", "fuzz-findings");
  const show = (title: string, list: Finding[]) => {
    if (list.length === 0) return;
    mkdirSync(folder, { recursive: true });
    console.log(`\n${title}: ${list.length}; the first few (bodies saved under ${path.relative(root, folder)}/ to replay with curl):`);
    list.slice(0, showCount).forEach(({ probe, status, problem, digest }, index) => {
      const name = `finding-${index + 1}.body`;
      if (probe.body !== undefined) writeFileSync(path.join(folder, name), probe.body);
      const headers = Object.entries(probe.headers).filter(([key]) => key !== "cookie" && key !== "authorization" && key !== "x-fuzz-padding").map(([key, value]) => `-H '${key}: ${value}'`).join(" ");
      console.log(`  ${index + 1}. ${probe.target}: ${status} — ${problem}`);
      // The server logs the error under the digest the body carries: the cause, for whoever fixes it.
      const logged = digest ? new RegExp(`([^\\n]*)\\n(?:[^\\n]*\\n){0,8}?\\s*digest: '${digest}'`).exec(serverOutput)?.[1] : undefined;
      if (logged) console.log(`     server log: ${logged.trim().slice(0, 200)}`);
      console.log(`     curl -s -X ${probe.method} '${base}${probe.path.slice(0, 300)}' ${headers}${probe.body !== undefined ? ` --data-binary @${path.relative(root, path.join(folder, name))}` : ""}${probe.headers.cookie ? " (signed in)" : ""}${probe.headers.authorization ? " (with an API token)" : ""}${probe.headers["x-fuzz-padding"] ? " (+8 KB header)" : ""}`);
    });
  };
  show("FINDINGS", findings);
  const failed = findings.length > 0;
  console.log(`\nfuzz: seed ${seed}: ${findings.length} findings — ${failed ? "FAILED" : "passed"}`);
  stop();
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
