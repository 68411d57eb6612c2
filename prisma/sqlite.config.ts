// Prisma CLI configuration for the generated sqlite twin of prisma/schema.prisma (see scripts/prisma-generate.mjs).
// Only `prisma generate` is used; migrations are made by scripts/make-migration.mjs and applied by dbmate.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "generated/sqlite.prisma",
});
