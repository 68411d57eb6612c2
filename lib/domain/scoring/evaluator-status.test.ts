import { describe, expect, it } from "vitest";
import { checkConflictDecision, conflictsOfInterest, evaluatorStatus, maySeeOthersScores, maySeeResponse, needsModeration } from "./evaluator-status";

describe("an evaluator's standing with a supplier", () => {
  it("declares a conflict of interest before anything else", () => {
    expect(evaluatorStatus(null, 0)).toBe("declare-conflict");
    expect(maySeeResponse("declare-conflict")).toBe(false);
  });

  it("is blocked by a declared conflict until the officer decides, then follows the decision", () => {
    expect(evaluatorStatus({ hasConflict: true, decision: null }, 0)).toBe("conflict-pending");
    expect(evaluatorStatus({ hasConflict: true, decision: "excluded" }, 0)).toBe("excluded");
    expect(evaluatorStatus({ hasConflict: true, decision: "allowed" }, 0)).toBe("score");
    expect(maySeeResponse("conflict-pending")).toBe(false);
    expect(maySeeResponse("excluded")).toBe(false);
  });

  it("scores with no conflict, and sees the others' scores only once their own are submitted", () => {
    expect(evaluatorStatus({ hasConflict: false, decision: null }, 0)).toBe("score");
    expect(maySeeResponse("score")).toBe(true);
    expect(maySeeOthersScores("score")).toBe(false);
    expect(evaluatorStatus({ hasConflict: false, decision: null }, 6)).toBe("submitted");
    expect(maySeeResponse("submitted")).toBe(true);
    expect(maySeeOthersScores("submitted")).toBe(true);
  });
});

describe("conflicts of interest for the rules engine", () => {
  it("counts only the conflicts the officer excluded", () => {
    const declarations = [
      { evaluatorId: "e1", supplierId: "s2", hasConflict: true, decision: "excluded" as const },
      { evaluatorId: "e1", supplierId: "s1", hasConflict: true, decision: "excluded" as const },
      { evaluatorId: "e2", supplierId: "s1", hasConflict: true, decision: null },
      { evaluatorId: "e2", supplierId: "s2", hasConflict: true, decision: "allowed" as const },
      { evaluatorId: "e3", supplierId: "s1", hasConflict: false, decision: null },
    ];
    expect(conflictsOfInterest(["e1", "e2", "e3"], declarations)).toEqual([
      { id: "e1", conflictsOfInterest: ["s1", "s2"] },
      { id: "e2", conflictsOfInterest: [] },
      { id: "e3", conflictsOfInterest: [] },
    ]);
  });
});

describe("deciding on a conflict", () => {
  const pending = { evaluatorId: "e1", hasConflict: true, decision: null };
  it("is for a pending conflict of someone else", () => {
    expect(checkConflictDecision(pending, "officer")).toBeNull();
    expect(checkConflictDecision(pending, "e1")).toBe("OWN_DECLARATION");
    expect(checkConflictDecision({ ...pending, decision: "allowed" }, "officer")).toBe("ALREADY_DECIDED");
    expect(checkConflictDecision({ ...pending, hasConflict: false }, "officer")).toBe("NO_CONFLICT");
  });
});

describe("the moderation list", () => {
  it("holds divergent criteria, awaiting or with a consensus", () => {
    expect(needsModeration({ divergent: true, status: "divergent" })).toBe(true);
    expect(needsModeration({ divergent: true, status: "consensus" })).toBe(true);
    expect(needsModeration({ divergent: false, status: "consensus" })).toBe(false);
    expect(needsModeration({ divergent: true, status: "missing-scores" })).toBe(false);
    expect(needsModeration({ divergent: false, status: "agreed" })).toBe(false);
  });
});
