// Runs once when the server starts: the notification worker delivers queued messages, and the prepared-file worker
// prepares large downloads, from inside the server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startNotificationWorker } = await import("./lib/server/notifications/worker");
  startNotificationWorker();
  const { startPreparedFileWorker } = await import("./lib/server/prepared-files/dispatch");
  startPreparedFileWorker();
}
