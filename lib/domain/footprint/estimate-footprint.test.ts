import { describe, expect, it } from "vitest";
import { serviceFootprintDeclarationSchema } from "../case/footprint-schema";
import { estimateFootprint } from "./estimate-footprint";
import { electricityRegionsByCode, networkEnergyFactor, ukElectricityFactorSets, ukElectricityFactorsFor } from "./factors";

describe("service footprint estimate", () => {
  const declaration = serviceFootprintDeclarationSchema.parse({
    devices: [{ kind: "end-user", description: "Tablets", count: 10, embodiedKgCO2eEach: 100, lifetimeYears: 5, electricityKWhPerYearEach: 10 }],
    dataTransferredGBPerYear: 1000,
  });

  it("uses the UK factors of the assessment date's year, with transmission and distribution as its own line", () => {
    // 2025: 10 × 100 / 5 = 200 kg; 100 kWh × 0.177 = 17.7 kg; 1,000 GB × 0.059 = 59 kWh × 0.177 = 10.443 kg;
    // losses on 159 kWh × 0.0163 = 2.5917 kg. Total 230.7347 kg = 0.231 t.
    const estimate = estimateFootprint(declaration, "2025-09-01");
    expect(estimate.tCO2ePerYear).toBe(0.231);
    expect(estimate.lines.map((l) => [l.component, l.kgCO2ePerYear])).toEqual([
      ["device-embodied", 200],
      ["device-electricity", 17.7],
      ["data-transfer", 10.44],
      ["transmission-distribution", 2.59],
    ]);
    expect(estimate.factorsUsed.map((f) => f.id)).toEqual([
      "desnz-2025.uk-electricity",
      "desnz-2025.uk-electricity-transmission-distribution",
      "network.energy-per-gb",
    ]);
    expect(estimate.basis.en).toContain("UK Government greenhouse gas conversion factors for company reporting 2025 (DESNZ)");
    expect(estimate.basis.cy).toContain("Ffactorau trosi nwyon tŷ gwydr Llywodraeth y DU ar gyfer adrodd gan gwmnïau 2025 (DESNZ)");
    expect(estimate.method.cy).toContain("Yn seiliedig ar leoliad");
    expect(estimate.exclusions.length).toBeGreaterThan(3);
  });

  it("an assessment dated in 2024 uses the 2024 factors; before 2023 the earliest set, after 2025 the latest", () => {
    // 2024: 100 kWh × 0.20705 = 20.705; 59 kWh × 0.20705 = 12.21595; 159 × 0.01792 = 2.84928; +200 = 235.77023 kg.
    expect(estimateFootprint(declaration, "2024-12-31").tCO2ePerYear).toBe(0.236);
    expect(estimateFootprint(declaration, "2024-12-31").lines.at(-1)).toMatchObject({ quantity: 159, kgCO2ePerYear: 2.85, factors: ["desnz-2024.uk-electricity-transmission-distribution"] });
    expect(ukElectricityFactorsFor("2023-06-30").generation.value).toBe(0.20707);
    expect(ukElectricityFactorsFor("2019-01-01").year).toBe(2023);
    expect(ukElectricityFactorsFor("2031-01-01").year).toBe(2025);
  });

  it("rounds half up once, from the exact figures", () => {
    // 125,350 kWh × 0.0163 = 2,043.205 kg exactly: floating point gives 2043.2049999…, which would round down.
    const estimate = estimateFootprint(serviceFootprintDeclarationSchema.parse({ hosting: [{ region: "GB", electricityKWhPerYear: 125350 }] }), "2025-06-30");
    expect(estimate.lines.map((l) => l.kgCO2ePerYear)).toEqual([22186.95, 2043.21]);
    expect(estimate.tCO2ePerYear).toBe(24.23); // 24,230.155 kg
  });

  it("has no transmission and distribution line outside the UK, and says so in what it leaves out", () => {
    const estimate = estimateFootprint(serviceFootprintDeclarationSchema.parse({ hosting: [{ region: "FR", electricityKWhPerYear: 1000 }] }), "2025-06-30");
    expect(estimate.lines.map((l) => l.component)).toEqual(["hosting-electricity"]);
    expect(estimate.lines[0].description).toEqual({ en: "Hosting in France", cy: "Lletya: Ffrainc" });
    expect(estimate.exclusions.some((e) => e.en.includes("transmission and distribution losses outside the UK"))).toBe(true);
  });

  it("cites a source and year, in English and Welsh, for every factor", () => {
    const factors = [
      ...ukElectricityFactorSets.flatMap((set) => [set.generation, set.transmissionAndDistribution]),
      ...Object.values(electricityRegionsByCode).flatMap((region) => (region.factor ? [region.factor] : [])),
      networkEnergyFactor,
    ];
    for (const factor of factors) {
      expect(factor.source.en).not.toBe("");
      expect(factor.source.cy).not.toBe(factor.source.en);
      expect(factor.url).toMatch(/^https:\/\//);
      expect(factor.year).toBeGreaterThanOrEqual(2023);
      expect(factor.value).toBeGreaterThan(0);
      expect(factor.value).toBeLessThan(1);
    }
    expect(ukElectricityFactorSets.map((s) => [s.year, s.generation.value, s.transmissionAndDistribution.value])).toEqual([
      [2023, 0.20707, 0.0183],
      [2024, 0.20705, 0.01792],
      [2025, 0.177, 0.0163],
    ]);
  });
});
