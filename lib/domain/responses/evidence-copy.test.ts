import { describe, expect, it } from "vitest";
import { copyProfileIntoResponse, hasEvidence } from "./evidence-copy";

describe("evidence in a response", () => {
  it("is there when any item or a Carbon Reduction Plan is, however it came", () => {
    expect(hasEvidence(undefined)).toBe(false);
    expect(hasEvidence({ gateResults: { g1: "pass" } })).toBe(false);
    expect(hasEvidence({ evidence: {} })).toBe(false);
    expect(hasEvidence({ evidence: { msat: { asAt: "2026-04-15" } } })).toBe(true);
  });

  it("copied from the profile, replaces what was copied before and keeps the response's own footprint and conditions", () => {
    const copied = copyProfileIntoResponse({ evidence: { msat: { asAt: "2026-04-15" } } }, { evidence: { iso14001: { asAt: "2025-09-01" } }, gateResults: { g1: "pass" } });
    expect(copied).toEqual({ evidence: { msat: { asAt: "2026-04-15" } }, gateResults: { g1: "pass" } });
  });
});
