import "server-only";
import { isPreparedInBackground, type PreparedFileKind, type PreparedFileStatus } from "@/lib/domain/exports/prepared-files";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation, ownPreparedFile } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { logUnexpected } from "@/lib/server/errors";
import { readBytes, sha256 } from "@/lib/server/files/storage";

export type PreparedFileView = {
  id: string;
  assessmentId: string;
  reference: string;
  title: { title: string; titleCy: string };
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
  const job = await db.preparedFile.findFirst({ where: { ...ownPreparedFile(actor, assessmentId, id), assessment: byIdInOrganisation(actor, assessmentId) }, include: { assessment: { select: assessmentNaming } } });
  return job ? viewOf(job) : null;
}

/** The actor's files prepared for one assessment and still kept, newest first: listed with its downloads. */
export async function listPreparedFiles(actor: Actor, assessmentId: string, take = 20): Promise<PreparedFileView[]> {
  if (!resultsReaders.includes(actor.role)) return [];
  const jobs = await db.preparedFile.findMany({
    where: { assessmentId, organisationId: actor.organisationId, requestedById: actor.userId, assessment: byIdInOrganisation(actor, assessmentId) },
    include: { assessment: { select: assessmentNaming } },
    orderBy: { createdAt: "desc" },
    take,
  });
  return jobs.flatMap((job) => viewOf(job) ?? []);
}

export type PreparedBytes = { kind: "file"; body: Buffer; fileName: string; mediaType: string } | { kind: "unreadable" };

/**
 * A ready file's bytes with its name and type, or null (not the actor's, or not ready). Bytes that cannot be read,
 * or no longer match their SHA-256, are logged and the job marked failed, so that its page offers to prepare it again.
 */
export async function preparedFileBytes(actor: Actor, assessmentId: string, id: string): Promise<PreparedBytes | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const job = await db.preparedFile.findFirst({ where: { ...ownPreparedFile(actor, assessmentId, id), assessment: byIdInOrganisation(actor, assessmentId), status: "ready" } });
  if (!job?.storageKey || !job.fileName || !job.mediaType) return null;
  try {
    const body = await readBytes(job.storageKey);
    if (sha256(body) !== job.sha256) throw new Error(`Prepared file ${job.id} does not match its SHA-256`);
    return { kind: "file", body, fileName: job.fileName, mediaType: job.mediaType };
  } catch (error) {
    const errorReference = logUnexpected(error, `reading prepared file ${job.id}`);
    await db.preparedFile.updateMany({ where: { id: job.id, status: "ready" }, data: { status: "failed", errorReference } });
    return { kind: "unreadable" };
  }
}

const assessmentNaming = { reference: true, title: true, titleCy: true } as const;

type Row = Omit<PreparedFileView, "file" | "status" | "reference" | "title"> & { file: string; status: string; assessment: { reference: string; title: string; titleCy: string } };

function viewOf(job: Row): PreparedFileView | null {
  if (!isPreparedInBackground(job.file)) return null;
  const { id, assessmentId, step, fileName, byteSize, errorReference, createdAt, finishedAt, assessment } = job;
  const title = { title: assessment.title, titleCy: assessment.titleCy };
  return { id, assessmentId, reference: assessment.reference, title, file: job.file, status: job.status as PreparedFileStatus, step, fileName, byteSize, errorReference, createdAt, finishedAt };
}
