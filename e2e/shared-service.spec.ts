import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { rushSubmissions } from "../scripts/shared-service/rush-http";
import { signIn } from "./support";

// Two app instances on one PostgreSQL behind a round-robin proxy (playwright.shared.config.ts): a person's session,
// uploads and prepared files work whichever instance answers, and a deadline rush spread over both loses nothing and
// stores nothing twice.

type Shared = { databaseUrl: string; rush: { assessmentId: string; suppliers: string[]; password: string }; instancePorts: number[] };
const shared = (): Shared => JSON.parse(readFileSync(path.resolve("data", `e2e-${process.env.E2E_PORT ?? "3300"}-shared.json`), "utf8"));

test("requests are shared between both instances, and a session made on one is good on the other", async ({ page }) => {
  await signIn(page, "officer@caerwen.example");
  const servedBy = new Set<string>();
  for (let request = 0; request < 6; request += 1) {
    const response = await page.request.get("/assessments");
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("CCC-2026-014");
    servedBy.add(response.headers()["x-served-by"]);
  }
  expect([...servedBy].sort()).toEqual(["instance-1", "instance-2"]);
});

test("a deadline rush over both instances stores every submission once", async () => {
  const { databaseUrl, rush } = shared();
  const { outcomes } = await rushSubmissions(test.info().project.use.baseURL!, rush.assessmentId, rush.suppliers, rush.password, 2000);
  expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
  expect(new Set(outcomes.map((outcome) => outcome.servedBy))).toEqual(new Set(["instance-1", "instance-2"]));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (sql: string) => Number((await client.query(sql, [rush.assessmentId])).rows[0].count);
    expect(await count(`SELECT count(*) FROM "Response" WHERE "assessmentId" = $1 AND status = 'submitted' AND "receiptHash" IS NOT NULL`)).toBe(rush.suppliers.length);
    expect(await count(`SELECT count(*) FROM "Response" WHERE "assessmentId" = $1`)).toBe(rush.suppliers.length);
    expect(await count(`SELECT count(*) FROM "AuditEvent" WHERE action = 'response.submitted' AND "subjectId" IN (SELECT id FROM "Response" WHERE "assessmentId" = $1)`)).toBe(rush.suppliers.length);
  } finally {
    await client.end();
  }
});
