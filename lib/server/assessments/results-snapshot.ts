import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/server/db";

// The rules engine's results are computed once for each state of what they are computed from, and kept in the
// database, so the results page, scoring, moderation, summaries and exports of a large tender (and every app
// instance) read them rather than run the engine again. A snapshot is never invalidated by hand: its fingerprint
// holds everything the results depend on, so any score, consensus, conflict decision, change to the assessment,
// supplier name or new release of the service gives another fingerprint, and the results are computed afresh.

let revision: string | null = null;

/** The build of the service (a new release may compute results differently). */
function releaseOfService(): string {
  if (revision === null) {
    try {
      revision = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      revision = "unbuilt";
    }
  }
  return revision;
}

/** One hash of everything the results depend on. */
export function resultsFingerprint(dependsOn: unknown): string {
  return createHash("sha256").update(JSON.stringify([releaseOfService(), dependsOn])).digest("hex");
}

/** While developing, the engine's code changes without a new build: nothing is kept. */
const keeping = () => process.env.NODE_ENV !== "development";

/** The parts of a snapshot besides its content, read only by the pages that need them. */
export type SnapshotPart = "scoring" | "evaluatorWords" | "suppliers";

/** The results kept for this fingerprint, or null when there are none or they were computed from something else. */
export async function keptResults<T>(assessmentId: string, fingerprint: string): Promise<T | null> {
  if (!keeping()) return null;
  // A snapshot without its parts (kept before they were) counts as none.
  const snapshot = await db.resultsSnapshot.findFirst({ where: { assessmentId, fingerprint, scoring: { not: null }, evaluatorWords: { not: null }, suppliers: { not: null } }, select: { content: true } });
  return snapshot ? (JSON.parse(snapshot.content) as T) : null;
}

/** One part of the results kept for this fingerprint, or null when they have been computed afresh since. */
export async function keptPart<T>(assessmentId: string, fingerprint: string, part: SnapshotPart): Promise<T | null> {
  if (!keeping()) return null;
  const snapshot = await db.resultsSnapshot.findFirst({ where: { assessmentId, fingerprint }, select: { scoring: part === "scoring", evaluatorWords: part === "evaluatorWords", suppliers: part === "suppliers" } });
  const text = snapshot?.[part];
  return text ? (JSON.parse(text) as T) : null;
}

/** Keeps the results just computed; two requests computing the same results at once both write the same. */
export async function keepResults(assessmentId: string, fingerprint: string, parts: { content: unknown } & Record<SnapshotPart, unknown>): Promise<void> {
  if (!keeping()) return;
  const data = { fingerprint, content: JSON.stringify(parts.content), scoring: JSON.stringify(parts.scoring), evaluatorWords: JSON.stringify(parts.evaluatorWords), suppliers: JSON.stringify(parts.suppliers) };
  try {
    await db.resultsSnapshot.upsert({ where: { assessmentId }, create: { assessmentId, ...data }, update: { ...data, computedAt: new Date() } });
  } catch (error) {
    // Another request created it a moment before: it holds the same results.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}
