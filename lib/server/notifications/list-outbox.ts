import "server-only";
import { hideSecrets } from "@/lib/domain/notifications";
import { isAdminRole } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { inOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type OutboxEntry = { id: string; kind: string; to: string; language: string; subject: string; body: string; status: string; attempts: number; createdAt: Date; sentAt: Date | null; transport: string | null; lastError: string | null };

/**
 * For an organisation admin: the newest messages to people of their own organisation, as sent or to be sent, with
 * any link carrying a token replaced by `hiddenLink` (an admin must not be able to use someone's reset link). Null
 * for anyone else.
 */
export async function listOutbox(actor: Actor, hiddenLink: string, take = 100): Promise<OutboxEntry[] | null> {
  if (!isAdminRole(actor.role)) return null;
  const rows = await db.outboxMessage.findMany({ where: inOrganisation(actor), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    to: row.recipientEmail,
    language: row.language,
    subject: hideSecrets(row.subject, hiddenLink),
    body: hideSecrets(row.body, hiddenLink),
    status: row.status,
    attempts: row.attempts,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    transport: row.transport,
    lastError: row.lastError,
  }));
}
