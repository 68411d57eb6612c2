import "server-only";
import { randomUUID } from "node:crypto";
import { claimable, preparedFileAttempts, preparedFileKeptMs, preparedFileLeaseMs } from "@/lib/domain/exports/prepared-files";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { actorOfMember } from "@/lib/server/auth/member-actor";
import { db as appDb, type Db } from "@/lib/server/db";
import { logUnexpected } from "@/lib/server/errors";
import { removeBytes, storeBytes } from "@/lib/server/files/storage";

/**
 * Claims a job for one worker by a conditional update on what was read (status and attempts), so that two workers
 * on two machines never both prepare it; a claim left by a worker that stopped is taken over once its lease has run
 * out. Answers the claim's token, or null when the job is not (or no longer) to be claimed.
 */
export async function claimPreparedFile(id: string, now = new Date(), db: Db = appDb): Promise<string | null> {
  const job = await db.preparedFile.findUnique({ where: { id }, select: { status: true, claimedAt: true, attempts: true } });
  if (!job || !claimable(job, now)) return null;
  const claimToken = randomUUID();
  const claimed = await db.preparedFile.updateMany({
    where: { id, status: job.status, attempts: job.attempts, claimedAt: job.claimedAt },
    data: { status: "working", step: 1, claimToken, claimedAt: now, attempts: { increment: 1 } },
  });
  return claimed.count === 1 ? claimToken : null;
}

/** Renews a claim while its worker works (see preparedFileHeartbeatMs); false once the claim is no longer this worker's. */
export async function renewClaim(id: string, claimToken: string, now = new Date(), db: Db = appDb): Promise<boolean> {
  const renewed = await db.preparedFile.updateMany({ where: { id, claimToken, status: "working" }, data: { claimedAt: now } });
  return renewed.count === 1;
}

/** Gives up the jobs whose worker stopped on their last attempt, with one logged reference; answers how many. */
export async function giveUpStalledJobs(now = new Date(), db: Db = appDb): Promise<number> {
  const stalled = { status: "working", attempts: { gte: preparedFileAttempts }, claimedAt: { lte: new Date(now.getTime() - preparedFileLeaseMs) } };
  if ((await db.preparedFile.count({ where: stalled })) === 0) return 0;
  const errorReference = logUnexpected(new Error(`prepared files stopped on each of ${preparedFileAttempts} attempts`), "giving up prepared files");
  const given = await db.preparedFile.updateMany({ where: stalled, data: { status: "failed", claimToken: null, activeKey: null, errorReference, finishedAt: now } });
  return given.count;
}

/**
 * The jobs waiting (asked for before `queuedBefore`), and those whose worker stopped, oldest first: what a polling
 * worker looks at.
 */
export async function claimableJobs(now = new Date(), queuedBefore = now, db: Db = appDb, limit = 5): Promise<string[]> {
  const rows = await db.preparedFile.findMany({
    where: {
      attempts: { lt: preparedFileAttempts },
      OR: [{ status: "queued", createdAt: { lte: queuedBefore } }, { status: "working", claimedAt: { lte: new Date(now.getTime() - preparedFileLeaseMs) } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Prepares a claimed job's file, as its requester now may (someone who has left the organisation, or whose role no
 * longer reads results, gets nothing), keeps it in the file store and marks the job ready. Only the claim that made
 * the file may mark it. Any failure is logged with a reference the progress page shows.
 */
export async function writePreparedFile(id: string, claimToken: string, db: Db = appDb, serviceUrl = process.env.NEXTAUTH_URL): Promise<"ready" | "failed" | "lost"> {
  const job = await db.preparedFile.findFirst({ where: { id, claimToken, status: "working" } });
  if (!job) return "lost";
  const mine = { id, claimToken, status: "working" };
  try {
    const actor = await actorOfMember(job.requestedById, job.organisationId, db);
    const exported = actor && (await exportAssessmentFile(actor, job.assessmentId, job.file, new Date(), serviceUrl, { writing: async () => void (await db.preparedFile.updateMany({ where: mine, data: { step: 2 } })) }));
    if (!exported) return await failPreparedFile(id, claimToken, null, db);
    const bytes = typeof exported.body === "string" ? new TextEncoder().encode(exported.body) : exported.body;
    const { storageKey, sha256 } = await storeBytes(bytes);
    const marked = await db.preparedFile.updateMany({
      where: mine,
      data: { status: "ready", step: 3, storageKey, sha256, byteSize: bytes.byteLength, fileName: exported.fileName, mediaType: exported.mediaType, claimToken: null, activeKey: null, finishedAt: new Date() },
    });
    if (marked.count === 1) return "ready";
    // Another worker has the job now (this one's lease ran out): its bytes are not kept.
    await removeBytes(storageKey).catch((error) => logUnexpected(error, `removing unneeded prepared file ${id}`));
    return "lost";
  } catch (error) {
    return failPreparedFile(id, claimToken, logUnexpected(error, `preparing file ${id}`), db);
  }
}

/** Gives a claimed job up, with the reference of the logged error if there was one. */
export async function failPreparedFile(id: string, claimToken: string, errorReference: string | null, db: Db = appDb): Promise<"failed" | "lost"> {
  const marked = await db.preparedFile.updateMany({ where: { id, claimToken, status: "working" }, data: { status: "failed", claimToken: null, activeKey: null, errorReference, finishedAt: new Date() } });
  return marked.count === 1 ? "failed" : "lost";
}

/** Removes the files finished longer ago than they are kept: bytes first, then the row (kept to try again if the bytes could not be removed). */
export async function removeExpiredPreparedFiles(now = new Date(), db: Db = appDb): Promise<number> {
  const expired = await db.preparedFile.findMany({ where: { status: { in: ["ready", "failed"] }, finishedAt: { lt: new Date(now.getTime() - preparedFileKeptMs) } }, select: { id: true, storageKey: true }, take: 100 });
  let removed = 0;
  for (const job of expired) {
    try {
      if (job.storageKey) await removeBytes(job.storageKey);
    } catch (error) {
      logUnexpected(error, `removing prepared file ${job.id}`);
      continue;
    }
    removed += (await db.preparedFile.deleteMany({ where: { id: job.id } })).count;
  }
  return removed;
}
