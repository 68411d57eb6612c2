import "server-only";
import { activeKeyOf, type PreparedFileKind } from "@/lib/domain/exports/prepared-files";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { dispatchPreparedFile } from "./dispatch";
import { giveUpStalledJobs } from "./prepare-file";

/**
 * Asks for a results document to be prepared in the background, and answers the job to follow. The results must be
 * the actor's to read now (their organisation's published assessment, past its deadline). While the same file is
 * still being prepared for the same person, asking again (a double click, a second tab, two requests at once) follows
 * that job: one unfinished job per person and file, held by a unique key. A finished or failed file is asked for anew.
 */
export async function requestPreparedFile(actor: Actor, assessmentId: string, file: PreparedFileKind, now = new Date()): Promise<{ id: string } | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const assessment = await db.assessment.findFirst({ where: { ...byIdInOrganisation(actor, assessmentId), status: "published", responseDeadline: { lte: now } }, select: { id: true, organisationId: true } });
  if (!assessment) return null;
  const job = { organisationId: assessment.organisationId, assessmentId: assessment.id, requestedById: actor.userId, file };
  const activeKey = activeKeyOf(job);
  // A job whose every worker stopped is given up first, so that it does not hold the key.
  await giveUpStalledJobs(now);
  // The unfinished job may finish between a refused create and the look-up: then a new one is made.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const created = await db.preparedFile.create({ data: { ...job, activeKey }, select: { id: true } });
      await dispatchPreparedFile(created.id);
      return created;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      const unfinished = await db.preparedFile.findUnique({ where: { activeKey }, select: { id: true } });
      if (unfinished) return unfinished;
    }
  }
  throw new Error(`Could not ask for ${file} of assessment ${assessment.id}`);
}
