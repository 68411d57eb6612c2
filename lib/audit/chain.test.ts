import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditChainIdFor, findFirstBreak, genesisHash, hashEvent, headMatches, legacyAuditChainId, organisationOfAuditChain, serviceAuditChainId, type ChainedEvent } from "./chain";

const chainId = "organisation:org-1";

function chain(count: number, id = chainId): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previousHash = genesisHash;
  for (let sequence = 1; sequence <= count; sequence++) {
    const content = {
      chainId: id,
      sequence,
      organisationId: "org-1",
      actorOrganisationId: "org-1",
      actorUserId: "user-1",
      action: "member.role-changed",
      subjectType: "Membership",
      subjectId: `m-${sequence}`,
      summary: JSON.stringify({ before: { role: "procurement-officer" }, after: { role: "organisation-admin" } }),
      createdAt: new Date(Date.UTC(2026, 10, 24, 10, sequence)),
    };
    const hash = hashEvent(content, previousHash);
    events.push({ ...content, id: `e-${sequence}`, previousHash, hash });
    previousHash = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  it("accepts an untouched chain", () => {
    expect(findFirstBreak(chainId, chain(5))).toBeNull();
  });

  it("detects an edited summary and names that event and its chain", () => {
    const events = chain(5);
    events[2] = { ...events[2], summary: JSON.stringify({ after: { role: "procurement-officer" } }) };
    expect(findFirstBreak(chainId, events)).toEqual({ chainId, sequence: 3, id: "e-3", reason: "content-changed" });
  });

  it("detects a deleted event", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findFirstBreak(chainId, events)).toEqual({ chainId, sequence: 3, id: "e-3", reason: "sequence-gap" });
  });

  it("detects an event rewritten with a fresh hash, at the event after it", () => {
    const events = chain(4);
    const forged = { ...events[1], actorUserId: "someone-else" };
    forged.hash = hashEvent(forged, forged.previousHash);
    events[1] = forged;
    expect(findFirstBreak(chainId, events)).toEqual({ chainId, sequence: 3, id: "e-3", reason: "previous-hash-mismatch" });
  });

  it("detects a changed date and a changed acting organisation", () => {
    const dated = chain(3);
    dated[0] = { ...dated[0], createdAt: new Date(Date.UTC(2020, 0, 1)) };
    expect(findFirstBreak(chainId, dated)?.sequence).toBe(1);
    const reattributed = chain(3);
    reattributed[1] = { ...reattributed[1], actorOrganisationId: "org-2" };
    expect(findFirstBreak(chainId, reattributed)).toMatchObject({ sequence: 2, reason: "content-changed" });
  });

  it("covers the chain id: an event moved into another organisation's chain no longer verifies", () => {
    const events = chain(2);
    const other = "organisation:org-2";
    const moved = events.map((event) => ({ ...event, chainId: other }));
    expect(findFirstBreak(other, moved)).toEqual({ chainId: other, sequence: 1, id: "e-1", reason: "content-changed" });
    expect(findFirstBreak(other, [events[0]])).toMatchObject({ reason: "wrong-chain" });
  });

  it("continues a chain from a known position, page by page", () => {
    const events = chain(6);
    expect(findFirstBreak(chainId, events.slice(3), { sequence: 3, hash: events[2].hash })).toBeNull();
    expect(findFirstBreak(chainId, events.slice(3), { sequence: 3, hash: genesisHash })).toMatchObject({ sequence: 4, reason: "previous-hash-mismatch" });
  });

  it("compares a chain's head with its last event, so a deleted tail is noticed", () => {
    const events = chain(3);
    const head = { sequence: 3, hash: events[2].hash };
    expect(headMatches(head, { sequence: 3, hash: events[2].hash })).toBe(true);
    expect(headMatches(head, { sequence: 2, hash: events[1].hash })).toBe(false);
    expect(headMatches(null, { sequence: 0, hash: genesisHash })).toBe(true);
    expect(headMatches(null, { sequence: 1, hash: events[0].hash })).toBe(false);
  });

  it("puts an organisation's events in its own chain and the rest in the service's", () => {
    expect(auditChainIdFor("org-1")).toBe("organisation:org-1");
    expect(auditChainIdFor(null)).toBe(serviceAuditChainId);
    expect(organisationOfAuditChain("organisation:org-1")).toBe("org-1");
    expect(organisationOfAuditChain(serviceAuditChainId)).toBeNull();
    expect(organisationOfAuditChain(legacyAuditChainId)).toBeNull();
  });

  it("verifies events of the legacy chain, hashed before chains were split, in their original form", () => {
    const content = { sequence: 1, organisationId: "org-1", actorUserId: "user-1", action: "sign-in.succeeded", subjectType: "User", subjectId: "user-1", summary: "{}", createdAt: new Date(Date.UTC(2026, 10, 24)) };
    // The hash exactly as the single-chain log computed it.
    const original = createHash("sha256")
      .update(JSON.stringify([1, "org-1", "user-1", "sign-in.succeeded", "User", "user-1", "{}", content.createdAt.toISOString(), genesisHash]))
      .digest("hex");
    const event: ChainedEvent = { ...content, chainId: legacyAuditChainId, actorOrganisationId: null, previousHash: genesisHash, hash: original };
    expect(findFirstBreak(legacyAuditChainId, [event])).toBeNull();
    expect(findFirstBreak(legacyAuditChainId, [{ ...event, actorOrganisationId: "org-2" }])).toMatchObject({ reason: "content-changed" });
  });
});
