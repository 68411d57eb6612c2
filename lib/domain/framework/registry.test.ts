import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { domainMessagesAwaitingReview, domainStringsAwaitingReview } from "./awaiting-review";
import { criteriaByLevel, findCriterion, getFramework, latestFramework, listFrameworkVersions } from "./registry";

describe("criteria framework", () => {
  it("is keyed by id and version and frozen, so a past assessment's framework never changes", () => {
    expect(listFrameworkVersions()).toContainEqual({ id: "greening-government-ict", version: "1.0.0" });
    expect(getFramework("greening-government-ict", "1.0.0")).toBe(latestFramework);
    expect(getFramework("greening-government-ict", "0.9.0")).toBeUndefined();
    expect(Object.isFrozen(latestFramework.criteria[0].title)).toBe(true);
    expect(() => {
      (latestFramework.criteria[0] as { id: string }).id = "changed";
    }).toThrow();
  });

  it("has both levels of each business rule and the outcomes, with unique ids", () => {
    for (const rule of ["BR1", "BR2", "BR3"] as const) {
      expect(criteriaByLevel(latestFramework, rule, "2020").length).toBeGreaterThan(0);
      expect(criteriaByLevel(latestFramework, rule, "2025").length).toBeGreaterThan(0);
    }
    expect(criteriaByLevel(latestFramework, "OUTCOME")).toHaveLength(6);
    const ids = latestFramework.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findCriterion(latestFramework, "br9.none")).toBeUndefined();
  });

  it("has every text in English and Welsh, and Welsh that differs from the English where words are involved", () => {
    for (const criterion of latestFramework.criteria) {
      const texts = [criterion.title, criterion.question, criterion.guidance, ...criterion.evidenceAskedFor, ...Object.values(criterion.suggestedDescriptors)];
      for (const text of texts) {
        expect(text.en.trim()).not.toBe("");
        expect(text.cy.trim()).not.toBe("");
      }
      expect(criterion.question.cy).not.toBe(criterion.question.en);
    }
  });

  it("lists for Welsh review only ids that exist", () => {
    for (const id of domainStringsAwaitingReview) expect(findCriterion(latestFramework, id)).toBeDefined();
    const sources = ["../case/assess-supplier.ts", "../results.ts", "../carbon-reduction-plan.ts", "../config-checks.ts", "../language/welsh-to-update.ts"].map((file) => readFileSync(path.join(__dirname, file), "utf8")).join("\n");
    for (const code of domainMessagesAwaitingReview.filter((c) => c === c.toUpperCase())) expect(sources).toContain(`"${code}"`);
  });
});
