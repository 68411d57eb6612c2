import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const __dirname = path.dirname(fileURLToPath(import.meta.url));

const alias = { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    // The rules engine is the most tested code: its line coverage is printed by `npm run test:unit` and must stay >= 95 %.
    coverage: {
      provider: "v8",
      include: ["lib/domain/**/*.ts"],
      exclude: ["lib/domain/**/*.test.ts", "lib/domain/examples/**"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95 },
    },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          // fast-check: a fixed seed in CI, a random one locally, printed; FC_SEED replays it.
          globalSetup: ["lib/testing/fast-check-seed.ts"],
          setupFiles: ["lib/testing/fast-check-setup.ts"],
          // FC_NUM_RUNS=5000 searches harder; give such a run the time it needs.
          ...(process.env.FC_NUM_RUNS ? { testTimeout: 600_000 } : {}),
        },
      },
      {
        resolve: { alias },
        test: { name: "office", include: ["lib/**/*.office-test.ts"], fileParallelism: false, testTimeout: 180000, hookTimeout: 180000 },
      },
      {
        resolve: { alias },
        test: { name: "db", include: ["lib/**/*.db.test.ts"], fileParallelism: false, testTimeout: 30000, hookTimeout: 60000 },
      },
    ],
  },
});
