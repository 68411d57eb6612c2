// The server the browser tests drive: the production build on a fresh SQLite database with the demo data, sending
// its e-mail to a real SMTP server on loopback started here (scripts/e2e-mailbox.mjs; e2e/mailbox.ts reads it).
import path from "node:path";
import { startMailbox } from "./e2e-mailbox.mjs";
import { prepareSeededDatabase, seededServerEnv, startNextServer } from "./seeded-server.mjs";

const port = process.env.E2E_PORT ?? "3100";
const mailbox = await startMailbox(path.resolve("data", `e2e-${port}-mail.jsonl`));
const { file, env } = seededServerEnv({
  port,
  name: `e2e-${port}`,
  secret: "e2e-only-secret-not-used-anywhere-else",
  extra: {
    // Shorter than the 30-minute default, so that the timeout tests show the setting reaches server and page alike.
    SESSION_IDLE_TIMEOUT_SECONDS: process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? "1200",
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    SMTP_FROM: "Assess ICT suppliers' sustainability <no-reply@service.example>",
    NOTIFICATIONS_POLL_MS: "250",
    NOTIFY_API_KEY: "",
  },
});
try {
  await prepareSeededDatabase(file, env);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const server = startNextServer(port, env);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await mailbox.close();
  process.exit(code ?? 0);
});
