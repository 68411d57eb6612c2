// What the supplier specs share: the database the e2e server created for this run, and a switch to English.
import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { chooseLanguage } from "./support";

const databaseFile = path.join(__dirname, "..", "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);

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
