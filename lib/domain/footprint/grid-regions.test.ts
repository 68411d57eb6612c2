import { readFileSync } from "node:fs";
import path from "node:path";
import { averageIntensity } from "@tgwf/co2/data";
import { describe, expect, it } from "vitest";
import { deviceEmbodiedDefaults, deviceModels } from "./device-defaults";
import { electricityRegions, electricityRegionsByCode, networkEnergyFactor, regionChoices, regionLabel, ukElectricityFactorSets } from "./factors";
import { co2jsVersion, gridAverages } from "./grid-regions";

const root = path.resolve(__dirname, "../../..");

describe("grid intensities outside the UK come from CO2.js's Ember averages", () => {
  it("reads the pinned release: package.json pins @tgwf/co2 exactly at the version the factors cite", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    expect(manifest.dependencies["@tgwf/co2"]).toBe(co2jsVersion);
    expect(JSON.parse(readFileSync(path.join(root, "node_modules/@tgwf/co2/package.json"), "utf8")).version).toBe(co2jsVersion);
  });

  it("Ireland 279.79 g/kWh (IRL, Ember 2024) = 0.27979 kgCO2e/kWh; France 44.18 g = 0.04418; the EU average 213.02 g = 0.21302", () => {
    expect(averageIntensity.data.IRL).toBe(279.79);
    expect(electricityRegionsByCode.IE.factor).toMatchObject({ id: "electricity.IE", value: 0.27979, year: 2024, unit: "kgCO2e/kWh" });
    expect(electricityRegionsByCode.FR.factor?.value).toBe(0.04418);
    expect(electricityRegionsByCode.EU.factor?.value).toBe(0.21302);
    // Worked exactly: 182.82 g is 0.18282 kg, where 182.82 / 1000 in floating point is 0.18281999999999998.
    expect(electricityRegionsByCode.HU.factor?.value).toBe(0.18282);
    for (const grid of gridAverages) expect(electricityRegionsByCode[grid.code].factor?.value).toBeCloseTo(grid.gramsPerKWh / 1000, 12);
  });

  it("keeps the UK on DESNZ and offers the EU's 27, the rest of western Europe and the main cloud regions' countries", () => {
    expect(electricityRegionsByCode.GB.factor).toBeNull();
    const eu27 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
    expect(electricityRegions).toEqual(expect.arrayContaining([...eu27, "NO", "CH", "US", "CA", "JP", "SG", "AU", "IN", "BR", "ZA", "EU", "WORLD"]));
    // Codes stored in declarations before the list was widened still parse.
    expect(electricityRegions).toEqual(expect.arrayContaining(["GB", "IE", "FR", "DE", "NL", "BE", "SE", "NO", "US", "EU", "WORLD"]));
  });

  it("cites source, year, licence and attribution for every factor, and names every region in Welsh", () => {
    const factors = [
      ...ukElectricityFactorSets.flatMap((set) => [set.generation, set.transmissionAndDistribution]),
      ...Object.values(electricityRegionsByCode).flatMap((region) => (region.factor ? [region.factor] : [])),
      networkEnergyFactor,
      ...deviceModels.map((model) => deviceEmbodiedDefaults[model].factor),
    ];
    for (const factor of factors) {
      expect(["OGL-UK-3.0", "CC-BY-SA-4.0", "Apache-2.0", "ODbL-1.0"]).toContain(factor.licence.id);
      expect(factor.licence.url).toMatch(/^https:\/\//);
      expect(factor.attribution.cy).not.toBe(factor.attribution.en);
      expect(factor.source.cy).not.toBe(factor.source.en);
    }
    for (const grid of gridAverages) {
      const factor = electricityRegionsByCode[grid.code].factor!;
      expect([factor.licence.id, factor.year, factor.source.en]).toEqual(["CC-BY-SA-4.0", grid.year, expect.stringContaining(`CO2.js ${co2jsVersion}`)]);
      expect(factor.attribution.en).toContain("Ember");
      expect(grid.name.cy).toMatch(/^[A-ZÂ]/);
    }
    expect(electricityRegionsByCode.DE.name).toEqual({ en: "Germany", cy: "Yr Almaen" });
    expect(electricityRegionsByCode.DE.place).toEqual({ en: "Germany", cy: "yr Almaen" });
  });

  it("lists the UK first, countries by name in the reader's language, then the EU and world averages", () => {
    const en = regionChoices("en");
    const cy = regionChoices("cy");
    expect(en[0]).toEqual({ value: "GB", text: "United Kingdom (UK government factors)" });
    expect(en.slice(-2).map((c) => c.value)).toEqual(["EU", "WORLD"]);
    expect(en[1]).toEqual({ value: "AU", text: "Australia (Ember 2024)" });
    expect(cy[1]).toEqual({ value: "AU", text: "Awstralia (Ember 2024)" });
    // Germany comes before Sweden in English; Yr Almaen after Sweden in Welsh.
    const at = (choices: { value: string }[], code: string) => choices.findIndex((c) => c.value === code);
    expect(at(en, "DE")).toBeLessThan(at(en, "SE"));
    expect(at(cy, "DE")).toBeGreaterThan(at(cy, "SE"));
    expect(regionLabel("IS")).toEqual({ en: "Iceland (Ember 2023)", cy: "Gwlad yr Iâ (Ember 2023)" });
    expect(en).toHaveLength(electricityRegions.length);
  });

  it("takes the network's 0.059 kWh/GB from the Sustainable Web Design v4 figure CO2.js implements", async () => {
    const constants = await import(path.join(root, "node_modules/@tgwf/co2/dist/esm/constants/index.js"));
    expect(networkEnergyFactor.value).toBe(constants.SWDV4.OPERATIONAL_KWH_PER_GB_NETWORK);
  });
});

describe("default embodied carbon (Boavizta, ODbL 1.0)", () => {
  it("holds the medians worked out from boavizta-data-us.csv at commit 61323eb, each with its source and licence", () => {
    expect(deviceModels.map((model) => [model, deviceEmbodiedDefaults[model].factor.value, deviceEmbodiedDefaults[model].products])).toEqual([
      ["laptop", 241, 422],
      ["desktop", 301, 254],
      ["monitor", 357, 257],
      ["smartphone", 56, 50],
      ["tablet", 74, 22],
      ["thin-client", 48, 16],
      ["rack-server", 1258, 27],
    ]);
    for (const model of deviceModels) {
      const { factor } = deviceEmbodiedDefaults[model];
      expect([factor.id, factor.licence.id, factor.url, factor.year]).toEqual([`boavizta-2023.${model}`, "ODbL-1.0", "https://github.com/Boavizta/environmental-footprint-data", 2023]);
      expect(factor.note?.en).toContain("A default the supplier can replace");
    }
  });
});
