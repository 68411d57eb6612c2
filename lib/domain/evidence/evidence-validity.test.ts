import { describe, expect, it } from "vitest";
import { evidenceValidity } from "./evidence-validity";
import { evidenceRules } from "./evidence-rules";

describe("evidence validity", () => {
  it("keeps a CDP F as valid evidence that earns no credit, with a flag", () => {
    const { items, flags } = evidenceValidity({ cdp: { score: "F", asAt: "2025-02-01" } }, "2025-06-30");
    expect(items[0]).toMatchObject({ status: "valid", earnsCredit: false, validUntil: "2026-02-01" });
    expect(flags.map((f) => f.code)).toEqual(["EVIDENCE.CDP_NO_RESPONSE"]);
  });

  it("dates a modern slavery statement from the end of the year it covers", () => {
    const statement = { registryUrl: "https://example.org/s", financialYearEnd: "2023-03-31", asAt: "2023-09-01" };
    expect(evidenceValidity({ modernSlaveryStatement: statement }, "2024-09-30").items[0]).toMatchObject({ status: "valid", validUntil: "2024-09-30" });
    expect(evidenceValidity({ modernSlaveryStatement: statement }, "2024-10-01").items[0].status).toBe("expired");
  });

  it("documents a basis and a source for every rule", () => {
    for (const rule of Object.values(evidenceRules)) {
      expect(rule.basis.length).toBeGreaterThan(40);
      expect(rule.source).toMatch(/^https:\/\//);
    }
  });
});
