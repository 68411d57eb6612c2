import { describe, expect, it } from "vitest";
import { findFirstBreak, genesisHash, hashEvent, type ChainedEvent } from "./chain";

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previousHash = genesisHash;
  for (let sequence = 1; sequence <= count; sequence++) {
    const content = {
      sequence,
      organisationId: "org-1",
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
    expect(findFirstBreak(chain(5))).toBeNull();
  });

  it("detects an edited summary and names that event", () => {
    const events = chain(5);
    events[2] = { ...events[2], summary: JSON.stringify({ after: { role: "procurement-officer" } }) };
    expect(findFirstBreak(events)).toEqual({ sequence: 3, id: "e-3", reason: "content-changed" });
  });

  it("detects a deleted event", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findFirstBreak(events)).toEqual({ sequence: 3, id: "e-3", reason: "sequence-gap" });
  });

  it("detects an event rewritten with a fresh hash, at the event after it", () => {
    const events = chain(4);
    const forged = { ...events[1], actorUserId: "someone-else" };
    forged.hash = hashEvent(forged, forged.previousHash);
    events[1] = forged;
    expect(findFirstBreak(events)).toEqual({ sequence: 3, id: "e-3", reason: "previous-hash-mismatch" });
  });

  it("detects a changed date", () => {
    const events = chain(3);
    events[0] = { ...events[0], createdAt: new Date(Date.UTC(2020, 0, 1)) };
    expect(findFirstBreak(events)?.sequence).toBe(1);
  });
});
