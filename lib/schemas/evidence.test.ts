import { describe, expect, it } from "vitest";
import { evidenceProfileSchema, evidenceProfileValues } from "./evidence";

describe("the evidence profile form", () => {
  it("reads each date from its day, month and year, and names a date that is not real", () => {
    const parsed = evidenceProfileSchema.safeParse({ msat_asAtDay: "15", msat_asAtMonth: "4", msat_asAtYear: "2026" });
    expect(parsed.success && parsed.data.evidence?.msat).toEqual({ asAt: "2026-04-15" });
    const refused = evidenceProfileSchema.safeParse({ msat_asAtDay: "31", msat_asAtMonth: "2", msat_asAtYear: "2026" });
    expect(refused.success ? [] : refused.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["msat_asAt", "evidenceDate.invalid"]]);
    // Anything about an item needs the date it stands at.
    const undated = evidenceProfileSchema.safeParse({ sbti_status: "committed", sbti_expiresOnYear: "2027" });
    expect(undated.success ? [] : undated.error.issues.map((issue) => issue.path.join("."))).toEqual(["sbti_asAt"]);
  });

  it("refuses evidence standing at a day to come, or expiring before the day it stands at", () => {
    const issues = (values: Record<string, string>) => {
      const parsed = evidenceProfileSchema.safeParse(values);
      return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
    };
    const nextYear = String(new Date().getFullYear() + 1);
    expect(issues({ msat_asAtDay: "1", msat_asAtMonth: "1", msat_asAtYear: nextYear })).toEqual([["msat_asAt", "evidenceAsAt.future"]]);
    expect(issues({ tcoCertified_asAtDay: "1", tcoCertified_asAtMonth: "1", tcoCertified_asAtYear: "2026", tcoCertified_expiresOnDay: "1", tcoCertified_expiresOnMonth: "1", tcoCertified_expiresOnYear: "2025" })).toEqual([["tcoCertified_expiresOn", "evidenceExpiry.beforeAsAt"]]);
    expect(issues({ tcoCertified_asAtDay: "1", tcoCertified_asAtMonth: "1", tcoCertified_asAtYear: "2025", tcoCertified_expiresOnDay: "1", tcoCertified_expiresOnMonth: "1", tcoCertified_expiresOnYear: "2025" })).toEqual([]);
    // A reporting period that ends before it starts, a plan signed on a day to come, a statement before its year ended.
    expect(issues({ crp_periodStartDay: "1", crp_periodStartMonth: "4", crp_periodStartYear: "2025", crp_periodEndDay: "1", crp_periodEndMonth: "1", crp_periodEndYear: "2025" })).toEqual([["crp_periodEnd", "reportingPeriod.endBeforeStart"]]);
    expect(issues({ crp_signatoryName: "A Director", crp_signatoryRole: "director", crp_signedOnDay: "1", crp_signedOnMonth: "1", crp_signedOnYear: nextYear })).toEqual([["crp_signedOn", "evidenceAsAt.future"]]);
    expect(issues({ modernSlaveryStatement_registryUrl: "https://example.org/statement", modernSlaveryStatement_financialYearEndDay: "31", modernSlaveryStatement_financialYearEndMonth: "3", modernSlaveryStatement_financialYearEndYear: "2026", modernSlaveryStatement_asAtDay: "1", modernSlaveryStatement_asAtMonth: "1", modernSlaveryStatement_asAtYear: "2026" })).toEqual([["modernSlaveryStatement_asAt", "evidenceAsAt.beforeYearEnd"]]);
  });

  it("takes the circular-economy policies and supply-chain figures the rules engine reads, and gives them back", () => {
    const values = {
      policies_circularIctPolicy: "yes", policies_zeroWasteTarget: "no",
      supplyChain_tier1PercentWithData: "60", supplyChain_highRiskAreasMappedWithMitigation: "yes",
      ecoVadis_score: "72", ecoVadis_medal: "gold", ecoVadis_asAtDay: "1", ecoVadis_asAtMonth: "3", ecoVadis_asAtYear: "2025",
    };
    const parsed = evidenceProfileSchema.parse(values);
    expect(parsed.evidence).toEqual({
      ecoVadis: { score: 72, medal: "gold", asAt: "2025-03-01" },
      policies: { circularIctPolicy: true, zeroWasteTarget: false },
      supplyChain: { tier1PercentWithData: 60, highRiskAreasMappedWithMitigation: true },
    });
    expect(evidenceProfileValues(parsed)).toMatchObject({ ...values, policies_noSingleUsePlastics: "", supplyChain_tier2PercentWithData: "" });
    expect(evidenceProfileSchema.safeParse({ supplyChain_tier2PercentWithData: "140" }).error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["supplyChain_tier2PercentWithData", "percent.invalid"]]);
  });
});
