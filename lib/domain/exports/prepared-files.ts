// Downloads too large to make while the person waits: the results of a tender as a document. They are prepared by a
// background job (lib/server/prepared-files) and downloaded from a page that shows how far the job has got. Files that
// take well under a second even for a 300-supplier tender (the CSV, tender criteria, one supplier's summary) are
// still made on request.

export const preparedFileKinds = ["results.docx", "results.odt", "results.xlsx"] as const;
export type PreparedFileKind = (typeof preparedFileKinds)[number];

export function isPreparedInBackground(file: string): file is PreparedFileKind {
  return (preparedFileKinds as readonly string[]).includes(file);
}

export type PreparedFileStatus = "queued" | "working" | "ready" | "failed";

/**
 * A worker renews its claim every `preparedFileHeartbeatMs` while it works; a job whose claim has not been renewed for
 * this long belongs to a worker that stopped (a restart, a lost machine) and is taken over.
 */
export const preparedFileLeaseMs = 90_000;
export const preparedFileHeartbeatMs = 30_000;

/** A worker still writing a file after this long is stopped, and the attempt counted as failed. */
export const preparedFileTimeLimitMs = 10 * 60_000;

/** Attempts before a job is given up (each one a worker that claimed it and then stopped or failed). */
export const preparedFileAttempts = 3;

/** A prepared file is kept this long after it is finished, then removed (asked for again, it reflects the scores then). */
export const preparedFileKeptMs = 7 * 24 * 60 * 60_000;

/** How often the progress page looks again while the file is being prepared (with JavaScript), and for how long at most. */
export const progressRefreshMs = 2000;
export const progressRefreshForMs = 15 * 60_000;

/** What makes a job the requester's one unfinished job for a file: at most one at a time (a unique key while it runs). */
export function activeKeyOf(job: { requestedById: string; assessmentId: string; file: string }): string {
  return `${job.requestedById}:${job.assessmentId}:${job.file}`;
}

/**
 * The steps shown on the progress page, in order; `step` is the job's own count (0 waiting its turn, 1 gathering
 * the results, 2 writing the file) and a ready file has done all three.
 */
export const preparedFileSteps = ["queue", "gathering", "writing"] as const;
export type PreparedFileStep = (typeof preparedFileSteps)[number];

export type StepState = { step: PreparedFileStep; state: "done" | "current" | "to-do" };

export function stepStates(status: PreparedFileStatus, step: number): StepState[] {
  const current = status === "ready" ? preparedFileSteps.length : status === "queued" ? 0 : Math.min(Math.max(step, 1), preparedFileSteps.length - 1);
  return preparedFileSteps.map((name, index) => ({ step: name, state: index < current ? "done" : index === current && status !== "failed" ? "current" : "to-do" }));
}

/**
 * Whether a job may be claimed now: waiting, or claimed by a worker whose lease has run out while attempts remain.
 * (One whose last attempt's worker stopped too is given up: lib/server/prepared-files/prepare-file.ts.)
 */
export function claimable(job: { status: string; claimedAt: Date | null; attempts: number }, now: Date): boolean {
  if (job.attempts >= preparedFileAttempts) return false;
  const leaseRunOut = job.status === "working" && job.claimedAt !== null && now.getTime() - job.claimedAt.getTime() >= preparedFileLeaseMs;
  return job.status === "queued" || leaseRunOut;
}

/** A file's size as GOV.UK gives it beside a download: "245 KB", "1.2 MB". */
export function fileSize(bytes: number): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1024));
  if (kilobytes < 1024) return `${kilobytes} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
