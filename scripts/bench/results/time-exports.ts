// The time of every export at each size, in-process, and what a request for a file prepared in the background costs.
import { isPreparedInBackground } from "@/lib/domain/exports/prepared-files";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import type { Actor } from "@/lib/server/auth/actor";
import { requestPreparedFile } from "@/lib/server/prepared-files/request-prepared-file";
import { fail, median, step } from "./progress";
import { EXPORT_FILES, type Seeded, type SizeKey } from "./settings";

/** The download's name: a summary is of the tender's first bidder. */
const fileOf = (file: string, tender: Seeded) => file.replace(/^summary\./, `summary-${tender.firstSupplierId}.`);

export async function measureExports(actor: Actor, seeded: Seeded[]) {
  const table = new Map<string, Map<SizeKey, { ms: number; runs: number; bytes: number }>>();
  for (const file of EXPORT_FILES) table.set(file, new Map());
  // Once each on the small tender first, so that no figure includes loading or compiling the writers.
  for (const file of EXPORT_FILES) await exportAssessmentFile(actor, seeded[0].id, fileOf(file, seeded[0]));
  for (const tender of seeded) {
    step(`exports, ${tender.key}`);
    for (const file of EXPORT_FILES) {
      const samples: number[] = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const exported = await exportAssessmentFile(actor, tender.id, fileOf(file, tender));
        samples.push(performance.now() - start);
        if (!exported) {
          fail(`export ${file} (${tender.key}) returned nothing`);
          break;
        }
        bytes = typeof exported.body === "string" ? Buffer.byteLength(exported.body) : exported.body.byteLength;
        if (bytes === 0) fail(`export ${file} (${tender.key}) is empty`);
        // Slow exports: one run is enough to see them, and keeps the benchmark within a few minutes.
        if (samples[0] > 4000) break;
      }
      table.get(file)!.set(tender.key, { ms: median(samples), runs: samples.length, bytes });
    }
  }
  return table;
}

/** Each file of the large tender: on request (target under 1 s) or prepared in the background (the request only queues it). */
export async function measureRequestThread(actor: Actor, large: Seeded, exports: Awaited<ReturnType<typeof measureExports>>) {
  const rows: { file: string; how: "on request" | "in the background"; requestMs: number; pass: boolean }[] = [];
  for (const file of EXPORT_FILES) {
    if (!isPreparedInBackground(file)) {
      const ms = exports.get(file)?.get("large")?.ms ?? Number.POSITIVE_INFINITY;
      rows.push({ file, how: "on request", requestMs: ms, pass: ms < 1000 });
      continue;
    }
    const start = performance.now();
    const job = await requestPreparedFile(actor, large.id, file);
    const ms = performance.now() - start;
    rows.push({ file, how: "in the background", requestMs: ms, pass: job !== null && ms < 1000 });
  }
  for (const row of rows) if (!row.pass) fail(`${row.file} of the large tender keeps the request ${Math.round(row.requestMs)} ms (target under 1 s)`);
  return rows;
}

