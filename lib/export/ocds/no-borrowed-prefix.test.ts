import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER_OCID_PREFIX, publisherPrefix } from "./release-identity";

// Contracts Finder's registered prefix, written in two parts so that this file does not contain it either.
const borrowed = ["ocds", "b5fd17"].join("-");
const root = path.resolve(__dirname, "../../..");
const skipped = new Set(["node_modules", ".git", ".next", "data", "test-results", "playwright-report", "generated", "public"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name)) return [];
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) return files(full);
    return stat.size < 2_000_000 && /\.(ts|tsx|js|mjs|json|md|sql|prisma|csv|yml|yaml|txt)$/.test(name) ? [full] : [];
  });
}

describe("another publisher's OCDS prefix", () => {
  it("appears nowhere in the project's sources, tests, documents or settings", () => {
    const found = files(root).filter((file) => readFileSync(file, "utf8").includes(borrowed));
    expect(found.map((file) => path.relative(root, file))).toEqual([]);
  });

  it("is never used, even when set, nor is anything that is not a prefix", () => {
    expect(publisherPrefix(borrowed)).toBeNull();
    expect(publisherPrefix(undefined)).toBeNull();
    expect(publisherPrefix("")).toBeNull();
    expect(publisherPrefix("ocds-abc")).toBeNull();
    expect(publisherPrefix(" OCDS-A1B2C3 ")).toBe("ocds-a1b2c3");
    expect(PLACEHOLDER_OCID_PREFIX.startsWith(borrowed)).toBe(false);
  });
});
