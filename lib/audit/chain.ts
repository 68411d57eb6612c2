import { createHash } from "node:crypto";

// The audit log is a set of hash chains, one per organisation plus one for the service: each event's hash covers its
// chain, its content and the hash of the event before it in that chain, so editing, deleting or moving a stored
// event breaks every hash after it. Chains are independent, so one organisation's writes never wait for another's.

export const genesisHash = "0".repeat(64);

/** Events with no organisation (seeding, service tasks). */
export const serviceAuditChainId = "service";
/** The closed chain of events written before the log was split per organisation; nothing is appended to it. */
export const legacyAuditChainId = "legacy";

/** The chain an event belongs in: its owning organisation's, or the service's when it has none. */
export function auditChainIdFor(organisationId: string | null): string {
  return organisationId ? `organisation:${organisationId}` : serviceAuditChainId;
}

/** The organisation a chain belongs to, or null for the service and legacy chains. */
export function organisationOfAuditChain(chainId: string): string | null {
  return chainId.startsWith("organisation:") ? chainId.slice("organisation:".length) : null;
}

export type ChainedEventContent = {
  chainId: string;
  sequence: number;
  organisationId: string | null;
  actorOrganisationId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: string;
  createdAt: Date;
};

export type ChainedEvent = ChainedEventContent & { id?: string; previousHash: string; hash: string };

export function hashEvent(content: ChainedEventContent, previousHash: string): string {
  const fields: unknown[] =
    content.chainId === legacyAuditChainId
      ? // The legacy chain's events were hashed before chains and acting organisations existed; they keep that form
        // (an acting organisation added to one later changes its hash, so that edit is caught too).
        [content.sequence, content.organisationId, content.actorUserId, ...(content.actorOrganisationId === null ? [] : [content.actorOrganisationId])]
      : [content.chainId, content.sequence, content.organisationId, content.actorOrganisationId, content.actorUserId];
  const canonical = JSON.stringify([
    ...fields,
    content.action,
    content.subjectType,
    content.subjectId,
    content.summary,
    content.createdAt.toISOString(),
    previousHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainBreak = {
  chainId: string;
  sequence: number;
  id?: string;
  reason: "content-changed" | "previous-hash-mismatch" | "sequence-gap" | "wrong-chain";
};

export type ChainPosition = { sequence: number; hash: string };

export const chainStart: ChainPosition = { sequence: 0, hash: genesisHash };

/** Checks one chain's events in sequence order; names the first that does not follow from the one before. */
export function findFirstBreak(chainId: string, events: Iterable<ChainedEvent>, start: ChainPosition = chainStart): ChainBreak | null {
  let expectedSequence = start.sequence + 1;
  let previousHash = start.hash;
  for (const event of events) {
    const at = { chainId, sequence: event.sequence, id: event.id };
    if (event.chainId !== chainId) return { ...at, reason: "wrong-chain" };
    if (event.sequence !== expectedSequence) return { ...at, reason: "sequence-gap" };
    if (event.previousHash !== previousHash) return { ...at, reason: "previous-hash-mismatch" };
    if (hashEvent(event, event.previousHash) !== event.hash) return { ...at, reason: "content-changed" };
    previousHash = event.hash;
    expectedSequence += 1;
  }
  return null;
}

/** Whether a chain's stored head agrees with its last event: a deleted tail leaves a valid but shorter chain. */
export function headMatches(head: ChainPosition | null, last: ChainPosition): boolean {
  const expected = head ?? chainStart;
  return expected.sequence === last.sequence && expected.hash === last.hash;
}
