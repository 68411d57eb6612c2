import { describe, expect, it } from "vitest";
import { ownCriterionSchema } from "@/lib/schemas/assessments";
import { fieldErrors } from "./form-state";
import { parseOutcome } from "./outcome";

const day = { decidedDay: "27", decidedMonth: "11", decidedYear: "2026" };

describe("parseOutcome", () => {
  it("gives an award with its supplier and the ISO day", () => {
    expect(parseOutcome({ decision: "awarded", supplierOrganisationId: "org1", ...day })).toEqual({ success: true, data: { decision: "awarded", supplierOrganisationId: "org1", decidedOn: "2026-11-27" } });
  });

  it("gives a cancellation without a supplier", () => {
    expect(parseOutcome({ decision: "cancelled", supplierOrganisationId: "org1", ...day })).toEqual({ success: true, data: { decision: "cancelled", decidedOn: "2026-11-27" } });
  });

  it("names every problem at once, each on its field", () => {
    expect(parseOutcome({ decision: "awarded", supplierOrganisationId: " ", decidedDay: "31", decidedMonth: "2", decidedYear: "2026" })).toEqual({
      success: false,
      errors: { supplierOrganisationId: "awardedSupplier.required", decidedDay: "decidedOn.invalid" },
    });
    expect(parseOutcome({ decision: "", decidedDay: "", decidedMonth: "", decidedYear: "" })).toEqual({ success: false, errors: { decision: "decision.required", decidedDay: "decidedOn.required" } });
  });
});

describe("ownCriterionSchema", () => {
  it("adds nothing when both boxes are empty", () => {
    expect(ownCriterionSchema.parse({ ownTitle: " ", ownQuestion: "", ownRule: "OTHER" })).toBeUndefined();
  });

  it("asks for the question once a title is typed, and the other way round", () => {
    const titleOnly = ownCriterionSchema.safeParse({ ownTitle: "Repair service", ownQuestion: "", ownRule: "BR2" });
    expect(titleOnly.success ? {} : fieldErrors(titleOnly.error)).toEqual({ ownQuestion: "question.required" });
    const questionOnly = ownCriterionSchema.safeParse({ ownTitle: "", ownQuestion: "How are devices repaired?", ownRule: "nonsense" });
    expect(questionOnly.success ? {} : fieldErrors(questionOnly.error)).toEqual({ ownTitle: "criterionTitle.required", ownRule: "rule.required" });
  });

  it("gives the criterion trimmed, under its business rule", () => {
    expect(ownCriterionSchema.parse({ ownTitle: " Repair service ", ownQuestion: " How are devices repaired? ", ownRule: "BR2" })).toEqual({ titleEn: "Repair service", questionEn: "How are devices repaired?", rule: "BR2" });
  });
});
