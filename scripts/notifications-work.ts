// npm run notifications:work — the notification worker on its own, as the server runs it (instrumentation.ts), for a
// machine that only delivers e-mail (the app instances then run with NOTIFICATIONS_WORKER=off). On PostgreSQL it
// takes announced deliveries and the minute's sweep through pg-boss; on SQLite it polls every NOTIFICATIONS_POLL_MS.
// Stops on SIGTERM or SIGINT once the delivery in hand is done.
import { stopJobQueue } from "@/lib/server/background/job-queue";
import { db } from "@/lib/server/db";
import { startNotificationWorker } from "@/lib/server/notifications/worker";

delete process.env.NOTIFICATIONS_WORKER;
startNotificationWorker();
const keepAlive = setInterval(() => undefined, 60_000);

async function stop() {
  clearInterval(keepAlive);
  await stopJobQueue();
  await db.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
