import "server-only";
import { db as appDb, type Db } from "@/lib/server/db";
import { deliverDue, type DeliveryReport } from "./deliver";
import { scheduleReminders } from "./schedule-reminders";
import { chooseTransport } from "./transports/choose";
import type { Transport } from "./transports/transport";

/** One pass: queue the reminders due now, then deliver what is due. Used by the polling loop and by the script. */
export async function runNotificationsOnce(db: Db = appDb, transport: Transport = chooseTransport(), now: () => Date = () => new Date()): Promise<DeliveryReport & { reminders: number }> {
  const reminders = await scheduleReminders(db, now());
  const report = await deliverDue(db, transport, now);
  return { ...report, reminders };
}

const globalForWorker = globalThis as typeof globalThis & { __notificationWorker?: NodeJS.Timeout };

/**
 * Polls in the server process (started from instrumentation.ts) every NOTIFICATIONS_POLL_MS (5 seconds). Passes never
 * overlap; an error is logged and the next pass tries again. NOTIFICATIONS_WORKER=off leaves delivery to
 * `npm run notifications:deliver` (e.g. from cron).
 */
export function startNotificationWorker(): void {
  if (globalForWorker.__notificationWorker || process.env.NOTIFICATIONS_WORKER === "off") return;
  const interval = Math.max(100, Number(process.env.NOTIFICATIONS_POLL_MS) || 5000);
  const transport = chooseTransport();
  console.log(`[notification] worker started: delivering through ${transport.name} every ${interval} ms`);
  let running = false;
  globalForWorker.__notificationWorker = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await runNotificationsOnce(appDb, transport);
    } catch (error) {
      console.error("[notification] worker pass failed:", error);
    } finally {
      running = false;
    }
  }, interval);
  globalForWorker.__notificationWorker.unref();
}
