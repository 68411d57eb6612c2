// npm run notifications:deliver — one pass of the notification worker against DATABASE_URL: queues the deadline
// reminders due now and delivers every message due, through GOV.UK Notify, SMTP or the log (as the server would),
// then prints what happened. For running delivery from cron with NOTIFICATIONS_WORKER=off in the server.
import { createDb } from "@/lib/server/db";
import { runNotificationsOnce } from "@/lib/server/notifications/worker";
import { chooseTransport } from "@/lib/server/notifications/transports/choose";

async function main() {
  const db = createDb();
  try {
    const transport = chooseTransport();
    const report = await runNotificationsOnce(db, transport);
    console.log(`notifications: ${report.reminders} reminder(s) queued; through ${transport.name}: ${report.sent} sent, ${report.retried} to retry, ${report.failed} given up`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
