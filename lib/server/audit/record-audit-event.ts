import "server-only";
import { genesisHash, hashEvent } from "@/lib/audit/chain";
import type { Tx } from "@/lib/server/db";

export type AuditEntry = {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one event to the audit chain inside the caller's transaction, so the event exists exactly when the change
 * does. Touching the chain head first locks it (PostgreSQL row lock; SQLite's single writer), so two appends can
 * never claim the same place in the chain.
 */
export async function recordAuditEvent(tx: Tx, entry: AuditEntry, now: Date = new Date()) {
  const head = await tx.auditChainHead.upsert({
    where: { id: 1 },
    create: { id: 1, sequence: 0, hash: genesisHash },
    update: { sequence: { increment: 0 } },
  });
  const content = {
    sequence: head.sequence + 1,
    organisationId: entry.organisationId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    summary: JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }),
    createdAt: now,
  };
  const hash = hashEvent(content, head.hash);
  await tx.auditEvent.create({ data: { ...content, previousHash: head.hash, hash } });
  await tx.auditChainHead.update({ where: { id: 1 }, data: { sequence: content.sequence, hash } });
  return { sequence: content.sequence, hash };
}
