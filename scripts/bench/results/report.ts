// The report printed on stdout: queries, export times and requests a second, then PASS or the failed checks.
import type { measureQueries } from "./count-queries";
import type { PageLoad } from "./http-load";
import { failures } from "./progress";
import { CONCURRENCY, DURATION_MS, OFFICER, type Seeded } from "./settings";
import type { measureExports, measureRequestThread } from "./time-exports";

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number) => n.toLocaleString("en-GB");

type Figures = {
  header: string;
  began: number;
  seedMs: number;
  seeded: Seeded[];
  queries: Awaited<ReturnType<typeof measureQueries>>;
  exports: Awaited<ReturnType<typeof measureExports>>;
  requestThread: Awaited<ReturnType<typeof measureRequestThread>>;
  http: PageLoad[];
};

export function report({ header, began, seedMs, seeded, queries, exports, requestThread, http }: Figures): string {
  const lines: string[] = [];
  lines.push("", header);
  lines.push(`Seeded in ${seconds(seedMs)}: ${seeded.map((t) => `${t.key} ${t.suppliers} suppliers × ${t.criteria} criteria × 3 evaluators (${int(t.scores)} scores)`).join("; ")}.`);
  lines.push("", "Database queries and time to read the results, in-process (SQL statements in Prisma's query log): the overview, as the");
  lines.push("results page reads it, and the full results, as the scores by criterion, summaries and exports read them");
  lines.push(`  ${"size".padEnd(8)}${"ranked".padStart(8)}${"overview: queries".padStart(19)}${"ms".padStart(8)}${"full: queries".padStart(15)}${"ms".padStart(8)}`);
  for (const row of queries.rows) lines.push(`  ${row.key.padEnd(8)}${String(row.ranked).padStart(8)}${String(row.queries).padStart(19)}${row.ms.toFixed(1).padStart(8)}${String(row.fullQueries).padStart(15)}${row.fullMs.toFixed(1).padStart(8)}`);
  lines.push(`  constant: ${queries.constant ? "yes" : "no"}`, `  statements (large): ${queries.tables}`);

  lines.push("", "Export time, ms (median of 3 runs; * = 1 run, over 4 s)");
  lines.push(`  ${"file".padEnd(27)}${seeded.map((t) => t.key.padStart(10)).join("")}${"large size".padStart(12)}`);
  for (const [file, sizes] of exports) {
    const cells = seeded.map((tender) => {
      const cell = sizes.get(tender.key);
      return (cell ? `${Math.round(cell.ms)}${cell.runs === 1 ? "*" : ""}` : "–").padStart(10);
    });
    const large = sizes.get("large");
    lines.push(`  ${file.padEnd(27)}${cells.join("")}${(large ? `${(large.bytes / 1024).toFixed(0)} KiB` : "–").padStart(12)}`);
  }

  lines.push("", "Large tender, the request thread: each export under 1 s on request, or queued for the background worker");
  for (const row of requestThread) lines.push(`  ${row.file.padEnd(27)}${row.how.padEnd(20)}${`${Math.round(row.requestMs)} ms`.padStart(10)}  ${row.pass ? "PASS" : "FAIL"}`);

  const baselines = http.filter((h) => h.label.startsWith("/privacy")).map((h) => h.result.rps);
  const baseline = (baselines[0] + baselines[1]) / 2;
  const ratio = (rps: number) => (rps / baseline).toFixed(rps / baseline < 0.1 ? 3 : 2);
  lines.push("", `Requests a second, next start (production build), signed in as ${OFFICER}, ${CONCURRENCY} connections × ${DURATION_MS / 1000} s each`);
  lines.push(`  baseline: the bare page /privacy (layout, CSP, session), ${baseline.toFixed(1)} req/s, mean of before and after (${baselines.map((b) => b.toFixed(1)).join(" / ")})`);
  lines.push(`  ${"page".padEnd(20)}${"req/s".padStart(8)}${"÷ baseline".padStart(12)}${"p50 ms".padStart(9)}${"requests".padStart(10)}${"KiB/page".padStart(10)}`);
  for (const { label, result } of http) {
    lines.push(`  ${label.padEnd(20)}${result.rps.toFixed(1).padStart(8)}${ratio(result.rps).padStart(12)}${Math.round(result.p50).toString().padStart(9)}${String(result.requests).padStart(10)}${(result.bytes / 1024).toFixed(0).padStart(10)}`);
  }
  lines.push(`  every answer 200 (results pages with the ranking table): ${http.every((h) => h.result.errors === 0) ? "yes" : "no"}`);

  const page = (label: string) => http.find((h) => h.label === label)?.result;
  const medium = page("results medium");
  const large = page("results large");
  const bare = page("/privacy, before");
  const verdict = (pass: boolean | undefined) => (pass === undefined ? "not measured" : pass ? "PASS" : "FAIL");
  lines.push("", "Targets");
  lines.push(`  results page 50 × 40 × 3 at ≥ 0.5 of the bare page's requests a second: ${medium ? ratio(medium.rps) : "–"}  ${verdict(medium && medium.rps / baseline >= 0.5)}`);
  lines.push(`  results page 50 × 40 × 3 at ≤ 150 KB: ${medium ? `${(medium.bytes / 1024).toFixed(0)} KiB` : "–"}  ${verdict(medium && medium.bytes <= 150 * 1024)}`);
  lines.push(`  results page 300 × 60 × 3, p50 < 500 ms: ${large ? `${Math.round(large.p50)} ms` : "–"}  ${verdict(large && large.p50 < 500)}`);
  lines.push(`  the bare page ≤ 30 KB of HTML: ${bare ? `${(bare.bytes / 1024).toFixed(0)} KiB` : "–"}  ${verdict(bare && bare.bytes <= 30 * 1024)}`);
  lines.push(`  the query count of the results constant with size: ${verdict(queries.constant)}`);
  lines.push(`  every export of the large tender under 1 s on request, or in the background: ${verdict(requestThread.every((row) => row.pass))}`);

  lines.push("", `${failures.length === 0 ? "PASS" : `FAIL (${failures.length})`} in ${seconds(performance.now() - began)}`);
  for (const failure of failures) lines.push(`  - ${failure}`);
  return lines.join("\n");
}
