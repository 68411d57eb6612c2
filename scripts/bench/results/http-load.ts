// Requests a second for the results pages against a bare page, on the production build.
import { fail, median, step } from "./progress";
import { BASE, CONCURRENCY, DURATION_MS, MIN_REQUESTS, type Seeded } from "./settings";

export type Load = { rps: number; requests: number; p50: number; bytes: number; errors: number };
export type PageLoad = { label: string; result: Load };

/** Requests a second with CONCURRENCY connections for DURATION_MS (or MIN_REQUESTS), checking every answer. */
async function load(url: string, cookie: string, check: (status: number, body: string) => string | null): Promise<Load> {
  const get = async () => {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    return { ms: performance.now() - start, problem: check(response.status, body), bytes: Buffer.byteLength(body) };
  };
  for (let warm = 0; warm < 2; warm++) {
    const { problem } = await get();
    if (problem) {
      fail(`${url}: ${problem}`);
      return { rps: NaN, requests: 0, p50: NaN, bytes: 0, errors: 1 };
    }
  }
  const latencies: number[] = [];
  let bytes = 0;
  let errors = 0;
  const problems = new Set<string>();
  const started = performance.now();
  const until = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until || latencies.length < MIN_REQUESTS) {
        const result = await get();
        latencies.push(result.ms);
        bytes = result.bytes;
        if (result.problem) {
          errors += 1;
          problems.add(result.problem);
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  for (const problem of problems) fail(`${url}: ${problem}`);
  return { rps: latencies.length / (elapsed / 1000), requests: latencies.length, p50: median(latencies), bytes, errors };
}

const WARM_UP_MS = 2000;

async function warmUp(url: string, cookie: string) {
  const until = performance.now() + WARM_UP_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) await (await fetch(url, { headers: { cookie }, redirect: "manual" })).arrayBuffer();
    }),
  );
}

/** The results page of each tender, between two runs of the baseline /privacy. */
export async function measurePages(seeded: Seeded[], cookie: string): Promise<PageLoad[]> {
  const http: PageLoad[] = [];
  const baselineRun = async (label: string) => {
    step(`baseline /privacy (${label}), ${CONCURRENCY} connections, ${DURATION_MS / 1000} s`);
    http.push({
      label: `/privacy, ${label}`,
      result: await load(`${BASE}/privacy`, cookie, (status, body) => (status !== 200 ? `status ${status}` : body.includes("<h1") ? null : "no heading")),
    });
  };
  // Every page is first served for a while unmeasured, so that no figure includes the server warming up (compiling
  // the code each page runs); the baseline is then measured before and after the results pages: their mean is the
  // baseline, their gap the noise.
  step(`warming up: every page for ${WARM_UP_MS / 1000} s`);
  for (const url of [`${BASE}/privacy`, ...seeded.map((tender) => `${BASE}/assessments/${tender.id}/results`)]) await warmUp(url, cookie);
  await baselineRun("before");
  for (const tender of seeded) {
    step(`results page, ${tender.key}`);
    http.push({
      label: `results ${tender.key}`,
      result: await load(`${BASE}/assessments/${tender.id}/results`, cookie, (status, body) =>
        status !== 200 ? `status ${status}` : body.includes('data-testid="ranking"') ? null : "no ranking table"),
    });
  }
  await baselineRun("after");
  return http;
}
