import { describe, expect, it } from "vitest";
import { assessmentSummaryBasis } from "./legal-basis";
import { explainScore } from "./score-explanation";
import { summaryStanding } from "./summary-standing";

describe("the law an assessment summary cites", () => {
  it("is regulation 32 of the Procurement (Wales) Regulations 2024 for a Welsh buyer, in both languages", () => {
    const basis = assessmentSummaryBasis("wales");
    expect(basis.law).toBe("procurement-wales-regulations-2024");
    expect(basis.citation.en).toBe("section 50 of the Procurement Act 2023 and regulation 32 of the Procurement (Wales) Regulations 2024");
    expect(basis.citation.cy).toBe("adran 50 o Ddeddf Caffael 2023 a rheoliad 32 o Reoliadau Caffael (Cymru) 2024");
  });

  it("is regulation 31 of the Procurement Regulations 2024 for a buyer in England or Northern Ireland", () => {
    for (const nation of ["england", "northern-ireland"] as const) {
      expect(assessmentSummaryBasis(nation).citation.en).toBe("section 50 of the Procurement Act 2023 and regulation 31 of the Procurement Regulations 2024");
      expect(assessmentSummaryBasis(nation).citation.cy).toContain("rheoliad 31 o Reoliadau Caffael 2024");
    }
  });

  it("is the Act alone for a Scottish buyer, never another nation's regulations", () => {
    const basis = assessmentSummaryBasis("scotland");
    expect(basis.citation.en).toBe("section 50 of the Procurement Act 2023");
    expect(basis.citation.en).not.toMatch(/regulation/);
  });
});

describe("a score explained by the evaluators' words", () => {
  const scores = [{ evaluatorId: "officer" }, { evaluatorId: "specialist" }];

  it("gives the consensus rationale of a moderated criterion, not the individual justifications", () => {
    const explanation = explainScore({ consensus: { rationale: "Strategies exist but adaptation is not yet costed." }, scores }, [
      { evaluatorId: "officer", justification: "A costed plan." },
    ]);
    expect(explanation).toEqual({ kind: "consensus", rationale: "Strategies exist but adaptation is not yet costed." });
  });

  it("gives each counted evaluator's justification once, in order", () => {
    const explanation = explainScore({ consensus: null, scores }, [
      { evaluatorId: "specialist", justification: "  Tier 1 mapped; tier 2 partly. " },
      { evaluatorId: "officer", justification: "Tier 1 mapped; tier 2 partly." },
      { evaluatorId: "officer", justification: "High-risk areas mapped with mitigation." },
    ]);
    expect(explanation).toEqual({ kind: "evaluators", justifications: ["Tier 1 mapped; tier 2 partly.", "High-risk areas mapped with mitigation."] });
  });

  it("leaves out a justification from an evaluator whose score was not counted (a conflict of interest)", () => {
    const explanation = explainScore({ consensus: null, scores: [{ evaluatorId: "officer" }] }, [
      { evaluatorId: "conflicted", justification: "Should not be shown." },
      { evaluatorId: "officer", justification: "Shown." },
    ]);
    expect(explanation).toEqual({ kind: "evaluators", justifications: ["Shown."] });
  });

  it("says there is no explanation when nobody wrote one, and a blank rationale does not count", () => {
    expect(explainScore({ consensus: { rationale: "  " }, scores }, [])).toEqual({ kind: "none" });
  });
});

describe("where a tender stands in its summary", () => {
  it("calls a tender that failed a condition of participation disregarded, never excluded", () => {
    expect(summaryStanding("excluded", null)).toBe("disregarded");
  });

  it("separates the most advantageous tender from the unsuccessful and the not yet fully assessed", () => {
    expect(summaryStanding("ranked", 1)).toBe("most-advantageous");
    expect(summaryStanding("ranked", 2)).toBe("unsuccessful");
    expect(summaryStanding("incomplete", null)).toBe("not-yet-assessed");
  });
});
