import "server-only";
import { isPreparedInBackground, type PreparedFileKind, type PreparedFileStatus } from "@/lib/domain/exports/prepared-files";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation, ownPreparedFile } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { readBytes, sha256 } from "@/lib/server/files/storage";

export type PreparedFileView = {
  id: string;
  assessmentId: string;
  reference: string;
  file: PreparedFileKind;
  status: PreparedFileStatus;
  step: number;
  fileName: string | null;
  byteSize: number | null;
  errorReference: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * A file the actor asked to be prepared, while they may still read the assessment's results: null for anyone
 * else's (another person's in the same organisation too), or once their role no longer reads results.
 */
export async function getPreparedFile(actor: Actor, assessmentId: string, id: string): Promise<PreparedFileView | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const job = await db.preparedFile.findFirst({ where: { ...ownPreparedFile(actor, assessmentId, id), assessment: byIdInOrganisation(actor, assessmentId) }, include: { assessment: { select: { reference: true } } } });
  return job ? viewOf(job) : null;
}

/** The actor's files prepared for one assessment, newest first: listed with its downloads. */
export async function listPreparedFiles(actor: Actor, assessmentId: string, take = 5): Promise<PreparedFileView[]> {
  if (!resultsReaders.includes(actor.role)) return [];
  const jobs = await db.preparedFile.findMany({
    where: { assessmentId, organisationId: actor.organisationId, requestedById: actor.userId, assessment: byIdInOrganisation(actor, assessmentId) },
    include: { assessment: { select: { reference: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
  return jobs.flatMap((job) => viewOf(job) ?? []);
}

/** A ready file's bytes with its name and type, or null (not the actor's, not ready, or its bytes changed in storage). */
export async function preparedFileBytes(actor: Actor, assessmentId: string, id: string): Promise<{ body: Buffer; fileName: string; mediaType: string } | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const job = await db.preparedFile.findFirst({ where: { ...ownPreparedFile(actor, assessmentId, id), assessment: byIdInOrganisation(actor, assessmentId), status: "ready" } });
  if (!job?.storageKey || !job.fileName || !job.mediaType) return null;
  const body = await readBytes(job.storageKey);
  if (sha256(body) !== job.sha256) throw new Error(`Prepared file ${job.id} does not match its SHA-256`);
  return { body, fileName: job.fileName, mediaType: job.mediaType };
}

type Row = Omit<PreparedFileView, "file" | "status" | "reference"> & { file: string; status: string; assessment: { reference: string } };

function viewOf(job: Row): PreparedFileView | null {
  if (!isPreparedInBackground(job.file)) return null;
  const { id, assessmentId, step, fileName, byteSize, errorReference, createdAt, finishedAt } = job;
  return { id, assessmentId, reference: job.assessment.reference, file: job.file, status: job.status as PreparedFileStatus, step, fileName, byteSize, errorReference, createdAt, finishedAt };
}
