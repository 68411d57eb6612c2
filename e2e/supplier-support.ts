// What the supplier specs share: the database the e2e server created for this run (SQLite, or PostgreSQL when the
// specs run against the shared service), and a switch to English.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import pg from "pg";
import { chooseLanguage } from "./support";

const databaseFile = path.join(__dirname, "..", "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);

/** The shared service's PostgreSQL database (playwright.shared.config.ts), or null on the usual SQLite run. */
function sharedDatabaseUrl(): string | null {
  if (process.env.E2E_SHARED !== "1") return null;
  return (JSON.parse(readFileSync(path.join(__dirname, "..", "data", `e2e-${process.env.E2E_PORT ?? 3300}-shared.json`), "utf8")) as { databaseUrl: string }).databaseUrl;
}

async function onPostgres<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An assessment's id by its reference, on whichever database the run uses. */
export async function findAssessmentId(reference: string): Promise<string> {
  const url = sharedDatabaseUrl();
  if (!url) return assessmentId(reference);
  return onPostgres(url, async (client) => (await client.query(`SELECT id FROM "Assessment" WHERE reference = $1`, [reference])).rows[0].id as string);
}

/** An invitation by e-mail as the officer's invite makes it (its token known only by its SHA-256), on either database. */
export async function insertSupplierInvitation(row: { id: string; assessmentId: string; email: string; tokenHash: string; invitedByEmail: string }) {
  const url = sharedDatabaseUrl();
  if (url) {
    return onPostgres(url, (client) =>
      client.query(`INSERT INTO "SupplierInvitation" (id, "assessmentId", email, "tokenHash", "invitedById", "createdAt") SELECT $1, $2, $3, $4, id, now() FROM "User" WHERE email = $5`, [row.id, row.assessmentId, row.email, row.tokenHash, row.invitedByEmail]),
    );
  }
  sql((db) => {
    const officer = db.prepare("SELECT id FROM User WHERE email = ?").get(row.invitedByEmail) as { id: string };
    db.prepare("INSERT INTO SupplierInvitation (id, assessmentId, email, tokenHash, invitedById, createdAt) VALUES (?, ?, ?, ?, ?, ?)").run(row.id, row.assessmentId, row.email, row.tokenHash, officer.id, stored(new Date()));
  });
}

export function database() {
  return new Database(databaseFile);
}

/** Runs `run` on the run's database and closes it. */
export function sql<T>(run: (db: ReturnType<typeof database>) => T): T {
  const db = database();
  try {
    return run(db);
  } finally {
    db.close();
  }
}

export function assessmentId(reference: string): string {
  const db = database();
  try {
    return (db.prepare("SELECT id FROM Assessment WHERE reference = ?").get(reference) as { id: string }).id;
  } finally {
    db.close();
  }
}

/** A date as Prisma stores it in SQLite. */
export const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");

export async function english(page: Page, back: string) {
  await chooseLanguage(page, "en", back);
}
