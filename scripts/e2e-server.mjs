// The server the browser tests drive: the production build on a fresh SQLite database with the demo data.
import { prepareSeededDatabase, seededServerEnv, startNextServer } from "./seeded-server.mjs";

const port = process.env.E2E_PORT ?? "3100";
const { file, env } = seededServerEnv({
  port,
  name: `e2e-${port}`,
  secret: "e2e-only-secret-not-used-anywhere-else",
  // Shorter than the 30-minute default, so that the timeout tests show the setting reaches server and page alike.
  extra: { SESSION_IDLE_TIMEOUT_SECONDS: process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? "1200" },
});
try {
  await prepareSeededDatabase(file, env);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const server = startNextServer(port, env);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
