import { describe, expect, it } from "vitest";
import { serviceFootprintDeclarationSchema } from "../case/footprint-schema";
import { estimateFootprint } from "./estimate-footprint";
import { electricityFactors } from "./factors";

describe("service footprint estimate", () => {
  it("uses GB factors where no region is given and shows its method and gaps in both languages", () => {
    const declaration = serviceFootprintDeclarationSchema.parse({
      devices: [{ kind: "end-user", description: "Tablets", count: 10, embodiedKgCO2eEach: 100, lifetimeYears: 5, electricityKWhPerYearEach: 10 }],
      dataTransferredGBPerYear: 1000,
    });
    const estimate = estimateFootprint(declaration);
    // 10 × 100 / 5 = 200 kg; 100 kWh × 0.20705 = 20.705 kg; 1,000 GB × 0.059 × 0.20705 = 12.21595 kg.
    expect(estimate.tCO2ePerYear).toBe(0.233);
    expect(estimate.lines.map((l) => l.component)).toEqual(["device-embodied", "device-electricity", "data-transfer"]);
    expect(estimate.method.cy).toContain("Yn seiliedig ar leoliad");
    expect(estimate.exclusions.length).toBeGreaterThan(3);
  });

  it("cites a source and year for every factor", () => {
    for (const factor of Object.values(electricityFactors)) {
      expect(factor.source).not.toBe("");
      expect(factor.url).toMatch(/^https:\/\//);
      expect(factor.year).toBeGreaterThanOrEqual(2023);
      expect(factor.value).toBeGreaterThan(0);
      expect(factor.value).toBeLessThan(1);
    }
  });
});
