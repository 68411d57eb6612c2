import "server-only";
import { randomUUID } from "node:crypto";
import { claimLeaseMs, fillSecrets, nextAttemptAt } from "@/lib/domain/notifications";
import type { Db } from "@/lib/server/db";
import { announceMessages } from "./announce";
import type { Transport } from "./transports/transport";

type Row = Awaited<ReturnType<Db["outboxMessage"]["findMany"]>>[number];

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Delivers the messages that are due: each is claimed first by a conditional update (status and attempt count as
 * read), so two workers never send the same row, and a claim left by a worker that stopped mid-delivery is taken
 * over once its lease has passed. A row is marked sent only by the claim that sent it. A worker killed after the
 * provider accepted a message but before marking it would send it again after the lease; the Message-ID (SMTP) and
 * reference (Notify) are the row's id, so that copy can be recognised.
 */
export async function deliverDue(db: Db, transport: Transport, now: () => Date = () => new Date(), limit = 20): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const at = now();
  const due = await db.outboxMessage.findMany({
    where: { OR: [{ status: "pending", nextAttemptAt: { lte: at } }, { status: "sending", claimedAt: { lt: new Date(at.getTime() - claimLeaseMs) } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  for (const row of due) {
    const claimToken = await claim(db, row, now());
    if (!claimToken) continue;
    const outcome = await deliverOne(db, transport, row, claimToken, now);
    report[outcome] += 1;
  }
  return report;
}

async function claim(db: Db, row: Row, at: Date): Promise<string | null> {
  const claimToken = randomUUID();
  const claimed = await db.outboxMessage.updateMany({
    where: { id: row.id, status: row.status, attempts: row.attempts },
    data: { status: "sending", claimToken, claimedAt: at, attempts: { increment: 1 } },
  });
  return claimed.count === 1 ? claimToken : null;
}

async function deliverOne(db: Db, transport: Transport, row: Row, claimToken: string, now: () => Date): Promise<keyof DeliveryReport> {
  const secrets = row.secrets ? (JSON.parse(row.secrets) as Record<string, string>) : {};
  const personalisation = JSON.parse(fillSecrets(row.personalisation, secrets)) as Record<string, string>;
  try {
    const providerReference = await transport.send({
      id: row.id,
      idempotencyKey: row.idempotencyKey,
      kind: row.kind,
      to: row.recipientEmail,
      language: row.language,
      subject: fillSecrets(row.subject, secrets),
      body: fillSecrets(row.body, secrets),
      personalisation,
    });
    await db.outboxMessage.updateMany({
      where: { id: row.id, claimToken },
      data: { status: "sent", sentAt: now(), transport: transport.name, providerReference, secrets: null, claimToken: null, lastError: null },
    });
    return "sent";
  } catch (error) {
    const attempts = row.attempts + 1;
    const next = nextAttemptAt(attempts, now());
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    console.error(`[notification] ${row.id} (${row.kind}) attempt ${attempts} failed: ${lastError}`);
    await db.outboxMessage.updateMany({
      where: { id: row.id, claimToken },
      data: next ? { status: "pending", nextAttemptAt: next, claimToken: null, lastError } : { status: "failed", claimToken: null, secrets: null, lastError },
    });
    if (next) announceMessages(next);
    return next ? "retried" : "failed";
  }
}
