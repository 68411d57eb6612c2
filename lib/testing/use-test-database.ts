import { afterAll, beforeAll } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * Points the application's shared `db` at a fresh throwaway database for the test file, so the use cases under test
 * run exactly as in the service. The shared client is created on first query, after DATABASE_URL is set here.
 */
export function useTestDatabase(): { readonly db: Db; readonly database: TestDatabase } {
  const holder = {} as { db: Db; database: TestDatabase };
  beforeAll(async () => {
    holder.database = await createTestDatabase();
    holder.db = holder.database.db;
    process.env.DATABASE_URL = holder.database.url;
  });
  afterAll(async () => {
    const { getDb } = await import("@/lib/server/db");
    await getDb().$disconnect();
    await holder.database?.drop();
  });
  return holder;
}

let counter = 0;

/** An organisation with one person per role given, as actors the use cases accept. */
export async function createOrganisation(db: Db, kind: "buyer" | "supplier", roles: Actor["role"][], nation: Actor["nation"] = "wales") {
  counter += 1;
  const organisation = await db.organisation.create({ data: { kind, nameEn: `Organisation ${counter}`, nation } });
  const actors: Actor[] = [];
  for (const [index, role] of roles.entries()) {
    const user = await db.user.create({ data: { email: `person${index}.org${counter}@example.gov.uk`, name: `Person ${index} of ${counter}` } });
    await db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role } });
    actors.push({
      userId: user.id,
      email: user.email,
      name: user.name,
      preferredLanguage: "en",
      organisationId: organisation.id,
      organisationKind: kind,
      organisationNameEn: organisation.nameEn,
      organisationNameCy: null,
      nation,
      role,
    });
  }
  return { organisation, actors };
}
