import "server-only";
import { jobQueueAvailable, queueNamed } from "@/lib/server/background/job-queue";
import { db as appDb, type Db } from "@/lib/server/db";
import { logUnexpected } from "@/lib/server/errors";
import { announceFromThisInstance, deliveryQueue } from "./announce";
import { deliverDue, type DeliveryReport } from "./deliver";
import { scheduleReportReminders } from "@/lib/server/contracts/schedule-report-reminders";
import { scheduleReminders } from "./schedule-reminders";
import { chooseTransport } from "./transports/choose";
import type { Transport } from "./transports/transport";

/** One pass: queue the reminders due now (deadlines and contract reports), then deliver what is due. Used by the polling loop and by the script. */
export async function runNotificationsOnce(db: Db = appDb, transport: Transport = chooseTransport(), now: () => Date = () => new Date()): Promise<DeliveryReport & { reminders: number }> {
  const reminders = (await scheduleReminders(db, now())) + (await scheduleReportReminders(db, now()));
  const report = await deliverDue(db, transport, now);
  return { ...report, reminders };
}

// Every minute, once across all instances (pg-boss's schedule): the deadline reminders due, and any message whose
// announcement was missed or whose worker stopped mid-delivery.
const sweepQueue = "notification-sweep";

type WorkerState = { started?: boolean; running?: boolean; again?: boolean };
const globalForWorker = globalThis as typeof globalThis & { __notificationWorker?: WorkerState };
const state = (globalForWorker.__notificationWorker ??= {});

/**
 * Delivers e-mail in the server process (started from instrumentation.ts). On PostgreSQL through pg-boss: a job
 * announced when a message is queued (or is due again after a failure) is taken by whichever instance is free, and a
 * sweep scheduled every minute runs once across instances. On SQLite, a pass every NOTIFICATIONS_POLL_MS (5
 * seconds). Passes in one instance never overlap, and each message is claimed before it is sent (deliver.ts), so it
 * is sent once however many instances run. NOTIFICATIONS_WORKER=off leaves delivery to `npm run
 * notifications:deliver` (e.g. from cron) or to the other instances.
 */
export function startNotificationWorker(): void {
  if (state.started || process.env.NOTIFICATIONS_WORKER === "off") return;
  state.started = true;
  const transport = chooseTransport();
  const pass = () => runPass(transport);
  if (jobQueueAvailable()) {
    announceFromThisInstance();
    void startOnJobQueue(pass).catch((error) => logUnexpected(error, "starting the notification worker"));
    console.log(`[notification] worker started: delivering through ${transport.name}, announced through pg-boss`);
    return;
  }
  const interval = Math.max(100, Number(process.env.NOTIFICATIONS_POLL_MS) || 5000);
  setInterval(() => void pass(), interval).unref();
  console.log(`[notification] worker started: delivering through ${transport.name} every ${interval} ms`);
}

async function startOnJobQueue(pass: () => Promise<void>): Promise<void> {
  const boss = await queueNamed(deliveryQueue);
  await queueNamed(sweepQueue);
  await boss.work(deliveryQueue, { pollingIntervalSeconds: 1, batchSize: 1 }, pass);
  await boss.work(sweepQueue, { pollingIntervalSeconds: 5, batchSize: 1 }, pass);
  await boss.schedule(sweepQueue, "* * * * *");
  // Whatever was queued while no instance was running is delivered now, not at the first sweep.
  await pass();
}

/** One pass at a time in this instance: a pass asked for while one runs runs again after it. */
async function runPass(transport: Transport): Promise<void> {
  if (state.running) return void (state.again = true);
  state.running = true;
  try {
    do {
      state.again = false;
      const report = await runNotificationsOnce(appDb, transport);
      // A full batch may have left more behind.
      if (report.sent + report.retried + report.failed >= 20) state.again = true;
    } while (state.again);
  } catch (error) {
    logUnexpected(error, "delivering notifications");
  } finally {
    state.running = false;
  }
}
