import "server-only";
import type { Tx } from "@/lib/server/db";

export type SecurityEventKind = "sign-in.succeeded" | "sign-in.failed" | "sign-in.throttled" | "password-reset.requested" | "password-reset.throttled" | "password-reset.completed";

export type SecurityEntry = {
  kind: SecurityEventKind;
  email: string | null;
  userId: string | null;
  address: string | null;
  details?: Record<string, unknown>;
};

/**
 * Writes one row of the security log: events anyone can cause (sign-in attempts), kept apart from the organisations'
 * hash-chained audit log so that they neither fill nor lock any chain.
 */
export function recordSecurityEvent(tx: Pick<Tx, "securityEvent">, entry: SecurityEntry, now: Date = new Date()) {
  return tx.securityEvent.create({
    data: { kind: entry.kind, email: entry.email, userId: entry.userId, address: entry.address, details: entry.details ? JSON.stringify(entry.details) : null, createdAt: now },
    select: { id: true },
  });
}
