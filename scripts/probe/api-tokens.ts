// API tokens for the fuzzer's sessions, made by the real use case in the fuzzer's own seeded database: a write token
// of a buyer's admin and a read token of a supplier's admin, so that the API's handlers are reached past the token.
import { apiTokenLifetimes } from "@/lib/domain/api/tokens";

export async function makeApiTokens(databaseUrl: string): Promise<{ name: string; authorization: string }[]> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/server/db");
  const { actorOfMember } = await import("@/lib/server/auth/member-actor");
  const { createApiToken } = await import("@/lib/server/api-tokens/api-tokens");
  const made: { name: string; authorization: string }[] = [];
  for (const [email, scope] of [["admin@caerwen.example", "write"], ["admin@greenbyte.example", "read"]] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    const actor = await actorOfMember(user.id, user.memberships[0].organisationId);
    const token = await createApiToken(actor!, { name: "Fuzz", scope, lifetimeDays: apiTokenLifetimes[0] });
    made.push({ name: `${email}'s ${scope} token`, authorization: `Bearer ${token!.token}` });
  }
  await db.$disconnect();
  return made;
}
