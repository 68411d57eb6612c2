import "server-only";
import { composeMessage, messageLanguage, type Language, type MessageKind, type MessageParams, type Named } from "@/lib/domain/notifications";
import type { Tx } from "@/lib/server/db";
import { announceMessages } from "./announce";

export type Recipient = { email: string; userId?: string | null; language?: Language | null; organisationId?: string | null };

export type OutgoingMessage<K extends MessageKind> = {
  /** Unique per event and recipient: the same event never queues a second message to the same person. */
  key: string;
  kind: K;
  params: MessageParams[K];
  recipient: Recipient;
  /** The nation of the body the message is sent for: decides which language comes first when both are used. */
  senderNation?: string | null;
  /** Values of {{placeholders}} in the text (link tokens): put in when sending, then forgotten. */
  secrets?: Record<string, string>;
};

/**
 * Queues a message in the caller's transaction, so it exists exactly when the change that causes it does, and
 * announces it to the instances; the worker (./worker.ts) delivers it. A key already queued is left as it is
 * (returns false).
 */
export async function enqueue<K extends MessageKind>(tx: Tx, message: OutgoingMessage<K>, now: Date = new Date()): Promise<boolean> {
  const key = `${message.key}:${message.recipient.userId ?? message.recipient.email.toLowerCase()}`;
  if (await tx.outboxMessage.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) return false;
  const language = messageLanguage(message.recipient.language, message.senderNation);
  const { subject, body } = composeMessage(message.kind, message.params, language);
  await tx.outboxMessage.create({
    data: {
      idempotencyKey: key,
      kind: message.kind,
      organisationId: message.recipient.organisationId ?? null,
      recipientEmail: message.recipient.email,
      recipientUserId: message.recipient.userId ?? null,
      language,
      subject,
      body,
      personalisation: JSON.stringify(personalisationOf(message.params, language === "cy" || language === "cy+en" ? "cy" : "en")),
      secrets: message.secrets ? JSON.stringify(message.secrets) : null,
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  announceMessages();
  return true;
}

/** The message's fields as flat strings, for a GOV.UK Notify template of its own (besides ((subject)) and ((body))). */
function personalisationOf(params: object, language: Language): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof Date) flat[name] = value.toISOString();
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") flat[name] = String(value);
    else if (value && typeof value === "object" && "en" in value) flat[name] = (language === "cy" && (value as Named).cy) || (value as Named).en;
    else if (value && typeof value === "object") for (const [inner, innerValue] of Object.entries(personalisationOf(value, language))) flat[`${name}_${inner}`] = innerValue;
  }
  return flat;
}

/** People of an organisation to tell, with the language each chose; `roles` narrows them (e.g. to admins). */
export async function organisationRecipients(tx: Tx, organisationId: string, roles?: readonly string[]): Promise<Recipient[]> {
  const memberships = await tx.membership.findMany({
    where: { organisationId, ...(roles ? { role: { in: [...roles] } } : {}) },
    select: { user: { select: { id: true, email: true, preferredLanguage: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map(({ user }) => ({ email: user.email, userId: user.id, language: user.preferredLanguage === "cy" ? "cy" : "en", organisationId }));
}

/** One person, with the language they chose and the organisation they belong to (their first membership). */
export async function userRecipient(tx: Tx, userId: string): Promise<Recipient | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, preferredLanguage: true, memberships: { select: { organisationId: true }, take: 1, orderBy: { createdAt: "asc" } } } });
  return user && { email: user.email, userId: user.id, language: user.preferredLanguage === "cy" ? "cy" : "en", organisationId: user.memberships[0]?.organisationId ?? null };
}
