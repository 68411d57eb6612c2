import { describe, expect, it } from "vitest";
import { serviceFootprintDeclarationSchema } from "../case/footprint-schema";
import { problemsFromZodIssues } from "../case/input-problems";
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

describe("defaults, declarations without hosting, and the footprint per functional unit", () => {
  const parse = (input: unknown) => serviceFootprintDeclarationSchema.parse(input);

  it("2 laptops × 241 kgCO2e default ÷ 4 years = 120.5 kg a year = 0.1205 t, shown 0.121 t; the line says it is a default the supplier can replace", () => {
    const estimate = estimateFootprint(parse({ devices: [{ kind: "end-user", description: "Caseworker laptops", count: 2, model: "laptop", lifetimeYears: 4 }] }), "2025-09-01");
    expect(estimate.lines).toHaveLength(1);
    expect(estimate.lines[0]).toMatchObject({ component: "device-embodied", kgCO2ePerYear: 120.5, factors: ["boavizta-2023.laptop"], usesDefault: true });
    expect(estimate.lines[0].description.en).toBe("Caseworker laptops: 2 × 241 kgCO2e (default for a laptop) over 4 years");
    expect(estimate.lines[0].description.cy).toBe("Caseworker laptops: 2 × 241 kgCO2e (rhagosodiad ar gyfer gliniadur) dros 4 o flynyddoedd");
    expect(estimate.lines[0].note?.en).toContain("a default the supplier can replace");
    expect(estimate.lines[0].note?.cy).toContain("rhagosodiad y gall y cyflenwr roi ei ffigur ei hun yn ei le");
    expect(estimate.tCO2ePerYear).toBe(0.121);
    expect(estimate.shown).toEqual({ value: 0.121, fractionDigits: 3 });
    expect(estimate.factorsUsed.map((f) => [f.id, f.value, f.licence.id, f.year])).toEqual([["boavizta-2023.laptop", 241, "ODbL-1.0", 2023]]);
    expect(estimate.basis.en).toBe("Factors: Boavizta, environmental-footprint-data (manufacturers' product carbon footprints), February 2023 (ODbL-1.0).");
  });

  it("the supplier's own figure wins over the model's default: 2 × 180 kgCO2e ÷ 4 years = 90 kg a year, no default factor used", () => {
    const estimate = estimateFootprint(parse({ devices: [{ kind: "end-user", description: "Laptops", count: 2, model: "laptop", embodiedKgCO2eEach: 180, lifetimeYears: 4 }] }), "2025-09-01");
    expect(estimate.lines[0]).toMatchObject({ kgCO2ePerYear: 90, factors: [], usesDefault: false });
    expect(estimate.lines[0].note).toBeUndefined();
    expect(estimate.factorsUsed).toEqual([]);
    expect(estimate.basis.en).toBe("No emission factor used: declared embodied carbon only.");
  });

  it("a rack server default: 3 × 1,258 kgCO2e ÷ 5 years × 50% share = 377.4 kg a year", () => {
    const estimate = estimateFootprint(parse({ devices: [{ kind: "server", description: "Database servers", count: 3, model: "rack-server", lifetimeYears: 5, serviceSharePercent: 50 }] }), "2025-09-01");
    expect(estimate.lines[0]).toMatchObject({ kgCO2ePerYear: 377.4, factors: ["boavizta-2023.rack-server"], usesDefault: true });
    expect(estimate.shown).toEqual({ value: 0.377, fractionDigits: 3 });
  });

  it("data transfer only, to France, per transaction: 1,000,000 GB × 0.059 kWh/GB = 59,000 kWh × 0.04418 (Ember 2024) = 2,606.62 kg ÷ 5,000,000 transactions = 0.000521 kg each", () => {
    const estimate = estimateFootprint(
      parse({ dataTransferredGBPerYear: 1_000_000, usersRegion: "FR", functionalUnit: { kind: "transaction", countPerYear: 5_000_000 } }),
      "2025-09-01",
    );
    expect(estimate.lines.map((l) => [l.component, l.kgCO2ePerYear])).toEqual([["data-transfer", 2606.62]]);
    expect(estimate.tCO2ePerYear).toBe(2.607);
    expect(estimate.shown).toEqual({ value: 2.61, fractionDigits: 2 });
    expect(estimate.perFunctionalUnit).toEqual({ kind: "transaction", countPerYear: 5_000_000, kgCO2ePerUnit: 0.000521, fractionDigits: 6, unit: { en: "kgCO2e per transaction", cy: "kgCO2e y trafodiad" } });
    expect(estimate.summary).toEqual({
      en: "2.61 tCO2e a year; 0.000521 kgCO2e per transaction (5,000,000 transactions a year)",
      cy: "2.61 tCO2e y flwyddyn; 0.000521 kgCO2e y trafodiad (5,000,000 o drafodion y flwyddyn)",
    });
    expect(estimate.factorsUsed.map((f) => [f.id, f.value, f.year, f.licence.id])).toEqual([
      ["electricity.FR", 0.04418, 2024, "CC-BY-SA-4.0"],
      ["network.energy-per-gb", 0.059, 2024, "Apache-2.0"],
    ]);
  });

  it("per user a year, UK 2025: 230.7347 kg (the first example) ÷ 120 users = 1.9227891… → 1.92 kg per user a year; 0.231 t", () => {
    const estimate = estimateFootprint(
      parse({
        devices: [{ kind: "end-user", description: "Tablets", count: 10, embodiedKgCO2eEach: 100, lifetimeYears: 5, electricityKWhPerYearEach: 10 }],
        dataTransferredGBPerYear: 1000,
        functionalUnit: { kind: "user", countPerYear: 120 },
      }),
      "2025-09-01",
    );
    expect(estimate.perFunctionalUnit).toMatchObject({ kgCO2ePerUnit: 1.92, fractionDigits: 2 });
    expect(estimate.summary.en).toBe("0.231 tCO2e a year; 1.92 kgCO2e per user a year (120 users)");
    expect(estimate.summary.cy).toBe("0.231 tCO2e y flwyddyn; 1.92 kgCO2e y defnyddiwr y flwyddyn (120 o ddefnyddwyr)");
    expect(estimate.factorsUsed.map((f) => f.licence.id)).toEqual(["OGL-UK-3.0", "OGL-UK-3.0", "Apache-2.0"]);
  });

  it("a large service is shown to a tenth of a tonne: 1,000,000 kWh UK 2025 × (0.177 + 0.0163) = 193,300 kg = 193.3 t", () => {
    const estimate = estimateFootprint(parse({ hosting: [{ region: "GB", electricityKWhPerYear: 1_000_000 }] }), "2025-09-01");
    expect(estimate.shown).toEqual({ value: 193.3, fractionDigits: 1 });
    expect(estimate.summary.en).toBe("193.3 tCO2e a year");
  });
});

describe("what a declaration must hold", () => {
  const check = (input: unknown) => serviceFootprintDeclarationSchema.safeParse(input);

  it("is valid with devices only, or data transfer only: hosting is optional", () => {
    expect(check({ devices: [{ kind: "end-user", description: "Phones", count: 5, model: "smartphone", lifetimeYears: 3 }] }).success).toBe(true);
    expect(check({ dataTransferredGBPerYear: 10 }).success).toBe(true);
  });

  it("needs at least one thing declared, and each device either its own embodied carbon or a model; the problems are in both languages", () => {
    const empty = check({});
    expect(empty.success).toBe(false);
    expect(problemsFromZodIssues(empty.error!.issues)).toEqual([
      expect.objectContaining({ message: { en: "Declare at least one of: hosting electricity, a device, or the data transferred.", cy: "Datganwch o leiaf un o’r canlynol: trydan lletya, dyfais, neu’r data a drosglwyddir." }, path: ["hosting"] }),
    ]);
    const noFigure = check({ devices: [{ kind: "end-user", description: "Laptops", count: 2, lifetimeYears: 4 }] });
    expect(problemsFromZodIssues(noFigure.error!.issues)).toEqual([
      expect.objectContaining({ path: ["devices", 0, "embodiedKgCO2eEach"], message: expect.objectContaining({ cy: "Rhowch garbon ymgorfforedig pob dyfais, neu rhowch fodel y gellir defnyddio ei ragosodiad." }) }),
    ]);
    expect(check({ dataTransferredGBPerYear: 1, functionalUnit: { kind: "user", countPerYear: 0 } }).success).toBe(false);
    expect(check({ devices: [{ kind: "network", description: "Switches", count: 2, model: "network-switch", lifetimeYears: 6 }] }).success).toBe(false);
  });
});
