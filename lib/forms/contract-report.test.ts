import { describe, expect, it } from "vitest";
import { parseContractReport, reportFormValues } from "./contract-report";

describe("the contract report form", () => {
  it("reads figures as people type them, leaves blanks out, and gives the same values back", () => {
    const values = { scope1: "2", scope2: "1,250.5", scope3_6: "4.6", devicesNew: "30", electricityRegion1: "GB", electricityKWh1: "87,000", explanation_landfill: "", "explanation_contract-emissions": " Two regions. " };
    const parsed = parseContractReport(values);
    expect(parsed).toEqual({ success: true, data: { scope1TCO2e: 2, scope2TCO2e: 1250.5, scope3TCO2e: { "6": 4.6 }, devicesNew: 30, electricity: [{ region: "GB", kWh: 87000 }], explanations: { "contract-emissions": "Two regions." } } });
    expect(reportFormValues(parsed.success ? parsed.data : null)).toMatchObject({ scope2: "1250.5", scope3_6: "4.6", electricityKWh1: "87000", "explanation_contract-emissions": "Two regions." });
  });

  it("names every problem on its field at once, and changes nothing", () => {
    const parsed = parseContractReport({ scope1: "-3", scope2: "lots", devicesNew: "2.5", supplyChainTier1: "120", electricityKWh2: "10", electricityRegion3: "MARS", organisationEmissions: "1e99" });
    expect(parsed).toEqual({
      success: false,
      errors: { scope1: "reportFigure.negative", scope2: "reportFigure.invalid", devicesNew: "reportFigure.whole", supplyChainTier1: "reportFigure.percent", electricityRegion2: "reportElectricity.regionRequired", electricityRegion3: "reportElectricity.region", organisationEmissions: "reportFigure.invalid" },
    });
  });
});
