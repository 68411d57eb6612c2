import { bilingual as b, type Bilingual } from "../text";

export type EmissionFactor = {
  readonly id: string;
  readonly label: Bilingual;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly source: string;
  readonly url: string;
  readonly note?: string;
};

const ember = {
  year: 2023,
  source: "Ember, Yearly Electricity Data (average grid carbon intensity), as redistributed in the Green Web Foundation's CO2.js 0.16",
  url: "https://ember-energy.org/data/yearly-electricity-data/",
  note: "Life-cycle average intensity of generation, gCO2e/kWh converted to kg; not the same basis as the UK government's Scope 2 factor.",
} as const;

function emberFactor(region: string, en: string, cy: string, gramsPerKWh: number): EmissionFactor {
  return { id: `electricity.${region}`, label: b(`Grid electricity, ${en}`, `Trydan y grid, ${cy}`), value: gramsPerKWh / 1000, unit: "kgCO2e/kWh", ...ember };
}

/**
 * Grid electricity by hosting country or region. Great Britain uses the UK government's own factor,
 * which UK public bodies already report with, so a UK-hosted service is measured the way buyers are.
 */
export const electricityFactors: Readonly<Record<string, EmissionFactor>> = Object.freeze({
  GB: {
    id: "electricity.GB",
    label: b("UK grid electricity (generation, location-based)", "Trydan grid y DU (cynhyrchu, yn seiliedig ar leoliad)"),
    value: 0.20705,
    unit: "kgCO2e/kWh",
    year: 2024,
    source: "UK Government greenhouse gas conversion factors for company reporting 2024 (DESNZ), UK electricity",
    url: "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024",
    note: "Scope 2 generation factor; transmission and distribution losses (a separate Scope 3 factor) are not added.",
  },
  IE: emberFactor("IE", "Ireland", "Iwerddon", 290.81),
  FR: emberFactor("FR", "France", "Ffrainc", 56.02),
  DE: emberFactor("DE", "Germany", "yr Almaen", 380.95),
  NL: emberFactor("NL", "Netherlands", "yr Iseldiroedd", 267.62),
  BE: emberFactor("BE", "Belgium", "Gwlad Belg", 138.11),
  SE: emberFactor("SE", "Sweden", "Sweden", 40.7),
  NO: emberFactor("NO", "Norway", "Norwy", 30.08),
  US: emberFactor("US", "United States", "yr Unol Daleithiau", 369.47),
  EU: emberFactor("EU", "European Union average", "cyfartaledd yr Undeb Ewropeaidd", 243.83),
  WORLD: emberFactor("WORLD", "world average", "cyfartaledd y byd", 480.79),
});

export const electricityRegions = Object.keys(electricityFactors) as [string, ...string[]];

/** Energy used by networks to carry data, separate from the data centre and the device at either end. */
export const networkEnergyFactor: EmissionFactor = Object.freeze({
  id: "network.energy-per-gb",
  label: b("Network energy per gigabyte transferred", "Ynni'r rhwydwaith fesul gigabeit a drosglwyddir"),
  value: 0.059,
  unit: "kWh/GB",
  year: 2024,
  source: "Sustainable Web Design model, version 4 (operational network energy intensity)",
  url: "https://sustainablewebdesign.org/estimating-digital-emissions/",
  note: "Only the network segment is used: hosting and devices are declared separately, so counting their per-GB shares too would double count.",
});
