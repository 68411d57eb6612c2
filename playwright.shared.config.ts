import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = Number(process.env.E2E_PORT ?? 3300);
// The specs' own database helpers (e2e/supplier-support.ts) read the shared service's PostgreSQL database.
process.env.E2E_SHARED = "1";

// The shared service: the same browser journeys against two app instances on one PostgreSQL behind a round-robin
// proxy, with files in object storage (scripts/shared-service-server.ts). Needs TEST_POSTGRES_URL.
export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ["shared-service.spec.ts", "supplier-journey.spec.ts", "prepared-downloads.spec.ts"],
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/shared-service-server.ts",
    url: `http://localhost:${port}/`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 180_000,
    // So that it stops its instances and drops its database (without it Playwright kills it outright).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
