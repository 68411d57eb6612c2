import "server-only";
import type { PreparedFileKind } from "@/lib/domain/exports/prepared-files";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { dispatchPreparedFile } from "./dispatch";

/**
 * Asks for a results document to be prepared in the background, and answers the job to follow. The results must be
 * the actor's to read now (their organisation's published assessment, past its deadline). A request while the same
 * file is still being prepared for the same person follows that job rather than starting another.
 */
export async function requestPreparedFile(actor: Actor, assessmentId: string, file: PreparedFileKind, now = new Date()): Promise<{ id: string } | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const assessment = await db.assessment.findFirst({ where: { ...byIdInOrganisation(actor, assessmentId), status: "published", responseDeadline: { lte: now } }, select: { id: true, organisationId: true } });
  if (!assessment) return null;
  const unfinished = await db.preparedFile.findFirst({
    where: { assessmentId: assessment.id, organisationId: assessment.organisationId, requestedById: actor.userId, file, status: { in: ["queued", "working"] } },
    select: { id: true },
  });
  if (unfinished) return unfinished;
  const job = await db.preparedFile.create({ data: { organisationId: assessment.organisationId, assessmentId: assessment.id, requestedById: actor.userId, file }, select: { id: true } });
  await dispatchPreparedFile(job.id);
  return job;
}
