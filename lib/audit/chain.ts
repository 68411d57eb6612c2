import { createHash } from "node:crypto";

// The audit log is a hash chain: each event's hash covers its content and the hash of the event before it,
// so editing or deleting a stored event breaks every hash after it.

export const genesisHash = "0".repeat(64);

export type ChainedEventContent = {
  sequence: number;
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: string;
  createdAt: Date;
};

export type ChainedEvent = ChainedEventContent & { id?: string; previousHash: string; hash: string };

export function hashEvent(content: ChainedEventContent, previousHash: string): string {
  const canonical = JSON.stringify([
    content.sequence,
    content.organisationId,
    content.actorUserId,
    content.action,
    content.subjectType,
    content.subjectId,
    content.summary,
    content.createdAt.toISOString(),
    previousHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainBreak = { sequence: number; id?: string; reason: "content-changed" | "previous-hash-mismatch" | "sequence-gap" };

/** Checks events in sequence order; names the first that does not follow from the one before. */
export function findFirstBreak(events: Iterable<ChainedEvent>, start = { sequence: 0, hash: genesisHash }): ChainBreak | null {
  let expectedSequence = start.sequence + 1;
  let previousHash = start.hash;
  for (const event of events) {
    if (event.sequence !== expectedSequence) return { sequence: event.sequence, id: event.id, reason: "sequence-gap" };
    if (event.previousHash !== previousHash) return { sequence: event.sequence, id: event.id, reason: "previous-hash-mismatch" };
    if (hashEvent(event, event.previousHash) !== event.hash) return { sequence: event.sequence, id: event.id, reason: "content-changed" };
    previousHash = event.hash;
    expectedSequence += 1;
  }
  return null;
}
