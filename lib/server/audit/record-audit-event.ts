import "server-only";
import { auditChainIdFor, genesisHash, hashEvent } from "@/lib/audit/chain";
import type { Tx } from "@/lib/server/db";

export type AuditEntry = {
  /** The organisation that owns the record (its chain receives the event); null for service-level events. */
  organisationId: string | null;
  /** The acting person's organisation, which differs from the owner for another public body's specialist. */
  actorOrganisationId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one event to its organisation's audit chain inside the caller's transaction, so the event exists exactly
 * when the change does. Touching that chain's head first locks it (PostgreSQL row lock; SQLite's single writer), so
 * two appends can never claim the same place in a chain, while other organisations' chains are not held up.
 */
export async function recordAuditEvent(tx: Tx, entry: AuditEntry, now: Date = new Date()) {
  const chainId = auditChainIdFor(entry.organisationId);
  const head = await tx.auditChainHead.upsert({
    where: { chainId },
    create: { chainId, sequence: 0, hash: genesisHash },
    update: { sequence: { increment: 0 } },
  });
  const content = {
    chainId,
    sequence: head.sequence + 1,
    organisationId: entry.organisationId,
    actorOrganisationId: entry.actorOrganisationId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    summary: JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }),
    createdAt: now,
  };
  const hash = hashEvent(content, head.hash);
  await tx.auditEvent.create({ data: { ...content, previousHash: head.hash, hash } });
  await tx.auditChainHead.update({ where: { chainId }, data: { sequence: content.sequence, hash } });
  return { chainId, sequence: content.sequence, hash };
}
