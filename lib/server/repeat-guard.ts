import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/server/db";

// Makes a repeated identical form post (a double click without JavaScript, a resent form) run once: the first post
// claims its key with a single insert (the primary key decides who was first, on SQLite and PostgreSQL alike);
// a repeat within the window waits for the first to finish and goes where it went.

const windowMs = 30_000;
const waitMs = 10_000;
const pollMs = 100;

const hash = (key: string) => createHash("sha256").update(key).digest("hex");

/** Claims a post; answers the destination of an identical earlier post if there was one, else null (go ahead). */
export async function claimRepeat(key: string, now = new Date()): Promise<string | null> {
  const id = hash(key);
  await db.repeatedRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - windowMs) } } });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await db.repeatedRequest.create({ data: { key: id, createdAt: now } });
      return null;
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    }
    const earlier = await db.repeatedRequest.findUnique({ where: { key: id } });
    if (earlier?.destination) return earlier.destination;
    // Still running (or just failed and released): wait, then look again; never hold a person up for long.
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Records where a claimed post went, or releases the claim when it failed so that trying again runs again. */
export async function settleRepeat(key: string, destination: string | null) {
  const id = hash(key);
  if (destination) await db.repeatedRequest.updateMany({ where: { key: id }, data: { destination } });
  else await db.repeatedRequest.deleteMany({ where: { key: id } });
}
