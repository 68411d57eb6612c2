import { describe, expect, it } from "vitest";
import { checkCarbonReductionPlan } from "./carbon-reduction-plan";
import type { CarbonReductionPlan } from "./case/carbon-reduction-plan-schema";

const plan = (signatoryRole: "director" | "equivalent" | "other"): CarbonReductionPlan => ({
  netZeroYear: 2045,
  baselineYear: 2019,
  reportingPeriod: { start: "2024-04-01", end: "2025-03-31" },
  emissions: {
    scope1: { tCO2e: 10 },
    scope2: { tCO2e: 20 },
    scope3: { category4: { tCO2e: 1 }, category5: { tCO2e: 1 }, category6: { tCO2e: 1 }, category7: { tCO2e: 1 }, category9: { tCO2e: 1 } },
  },
  reductionTargets: [{ year: 2030, reductionPercent: 50 }],
  environmentalManagementMeasures: ["Heat pumps"],
  declaration: { signatoryName: "Siân Evans", signatoryRole, signedOn: "2025-05-01" },
  publicationUrl: "https://supplier.example/crp",
});

describe("the plan's sign-off (PPN 006 Annex A: the board of directors or equivalent)", () => {
  it("passes when a director or an equivalent (a charity's trustee, a partner) signs it off", () => {
    const context = { nation: "england" as const, assessmentDate: "2025-06-30" };
    expect(checkCarbonReductionPlan(plan("director"), context).passed).toBe(true);
    expect(checkCarbonReductionPlan(plan("equivalent"), context).passed).toBe(true);
    const other = checkCarbonReductionPlan(plan("other"), context);
    expect(other.failures.map((f) => f.code)).toEqual(["CRP.DECLARATION_NOT_BY_DIRECTOR"]);
    expect(other.failures[0].message.en).toContain("PPN 006 template (Annex A)");
  });
});
