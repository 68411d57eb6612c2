import "server-only";
import { db } from "@/lib/server/db";

/**
 * When the OCDS release content of an assessment, as `contentFingerprint` identifies it, was first exported: the
 * stored time while the content is unchanged, now when it differs. Keyed by an assessment the caller has already
 * found within the actor's scope. Bookkeeping of what was published, not a change a person made, so not audited.
 */
export async function ocdsContentChangedAt(assessmentId: string, contentFingerprint: string, now: Date): Promise<Date> {
  const stored = await db.ocdsRelease.findUnique({ where: { assessmentId } });
  if (stored?.contentHash === contentFingerprint) return stored.contentChangedAt;
  try {
    const saved = await db.ocdsRelease.upsert({
      where: { assessmentId },
      create: { assessmentId, contentHash: contentFingerprint, contentChangedAt: now },
      update: { contentHash: contentFingerprint, contentChangedAt: now },
    });
    return saved.contentChangedAt;
  } catch {
    // Two first downloads at once: the other one stored it; read what it stored.
    const other = await db.ocdsRelease.findUnique({ where: { assessmentId } });
    return other?.contentHash === contentFingerprint ? other.contentChangedAt : now;
  }
}
