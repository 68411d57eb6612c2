import "server-only";
import { jobQueueAvailable, queueNamed } from "@/lib/server/background/job-queue";
import { logUnexpected } from "@/lib/server/errors";

/** The pg-boss queue whose jobs mean "messages are due": whichever instance takes one delivers what is due. */
export const deliveryQueue = "notifications";

// A message is queued inside the transaction of the change that causes it, so the job that announces it is made to
// start a moment later, once that transaction has committed; a message still missed then is found by the sweep
// that runs every minute (worker.ts).
const AFTER_COMMIT_SECONDS = 1;

const globalForAnnounce = globalThis as typeof globalThis & { __announcing?: boolean };

/** From the worker: this instance announces the messages it queues (a script or test process leaves them to the sweep). */
export function announceFromThisInstance(): void {
  globalForAnnounce.__announcing = true;
}

/**
 * Tells the instances, through pg-boss, that messages are due now or at `at` (a retry). Nothing on SQLite, where
 * the one machine's worker polls the outbox; never throws, since the message is safe in the outbox either way.
 */
export function announceMessages(at?: Date): void {
  if (!globalForAnnounce.__announcing || !jobQueueAvailable()) return;
  const startAfter = at && at.getTime() > Date.now() ? at : AFTER_COMMIT_SECONDS;
  void queueNamed(deliveryQueue)
    .then((boss) => boss.send(deliveryQueue, {}, { startAfter, retryLimit: 2 }))
    .catch((error) => logUnexpected(error, "announcing messages"));
}
