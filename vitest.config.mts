import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const __dirname = path.dirname(fileURLToPath(import.meta.url));

const alias = { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: ["**/*.db.test.ts", "node_modules/**"] },
      },
      {
        resolve: { alias },
        test: { name: "db", include: ["lib/**/*.db.test.ts"], fileParallelism: false, testTimeout: 30000, hookTimeout: 60000 },
      },
    ],
  },
});
