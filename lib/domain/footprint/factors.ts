import type { IsoDate } from "../dates";
import { bilingual as b, type Bilingual } from "../text";

export type EmissionFactor = {
  readonly id: string;
  readonly label: Bilingual;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly source: Bilingual;
  readonly url: string;
  readonly note?: Bilingual;
};

/** A grid the supplier can name: where a service is hosted, a device is used or its users are. */
export type ElectricityRegion = { readonly place: Bilingual; readonly factor: EmissionFactor | null };

const ember = {
  year: 2023,
  source: b(
    "Ember, Yearly Electricity Data (average grid carbon intensity), as redistributed in the Green Web Foundation's CO2.js 0.16",
    "Ember, Data Trydan Blynyddol (dwysedd carbon cyfartalog y grid), fel y’i hailddosbarthwyd yn CO2.js 0.16 y Green Web Foundation",
  ),
  url: "https://ember-energy.org/data/yearly-electricity-data/",
  note: b(
    "Life-cycle average intensity of generation, gCO2e/kWh converted to kg; not the same basis as the UK government's Scope 2 factor, and with no separate transmission and distribution factor.",
    "Dwysedd cyfartalog cylch oes y cynhyrchu, gCO2e/kWh wedi’i drosi i kg; nid yr un sail â ffactor Cwmpas 2 llywodraeth y DU, a heb ffactor trawsyrru a dosbarthu ar wahân.",
  ),
} as const;

function emberFactor(region: string, place: Bilingual, gramsPerKWh: number): EmissionFactor {
  return {
    id: `electricity.${region}`,
    label: b(`Grid electricity, ${place.en}`, `Trydan y grid, ${place.cy}`),
    value: gramsPerKWh / 1000,
    unit: "kgCO2e/kWh",
    ...ember,
  };
}

/**
 * UK electricity from the UK Government greenhouse gas conversion factors for company reporting (DESNZ, published
 * each June under the Open Government Licence), one set per year: the generation factor (Scope 2) and the
 * transmission and distribution factor (Scope 3, the electricity lost on the way), which is its own line.
 * Figures: "UK electricity" and "Transmission and distribution – UK electricity", kgCO2e per kWh, as listed in the
 * product brief (DOMAIN.md "Factors" and STACK.md give the 2024 and 2025 generation figures, 0.20705 and 0.177).
 * Add a year by adding a set; never edit a published one.
 */
export type UkElectricityFactorSet = { readonly year: number; readonly generation: EmissionFactor; readonly transmissionAndDistribution: EmissionFactor };

function desnzSet(year: number, generation: number, transmissionAndDistribution: number): UkElectricityFactorSet {
  const source = b(
    `UK Government greenhouse gas conversion factors for company reporting ${year} (DESNZ)`,
    `Ffactorau trosi nwyon tŷ gwydr Llywodraeth y DU ar gyfer adrodd gan gwmnïau ${year} (DESNZ)`,
  );
  const url = `https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-${year}`;
  return Object.freeze({
    year,
    generation: Object.freeze({
      id: `desnz-${year}.uk-electricity`,
      label: b(`UK electricity, generation (${year})`, `Trydan y DU, cynhyrchu (${year})`),
      value: generation,
      unit: "kgCO2e/kWh",
      year,
      source,
      url,
      note: b("Scope 2, location-based.", "Cwmpas 2, yn seiliedig ar leoliad."),
    }),
    transmissionAndDistribution: Object.freeze({
      id: `desnz-${year}.uk-electricity-transmission-distribution`,
      label: b(`UK electricity, transmission and distribution losses (${year})`, `Trydan y DU, colledion trawsyrru a dosbarthu (${year})`),
      value: transmissionAndDistribution,
      unit: "kgCO2e/kWh",
      year,
      source,
      url,
      note: b("Scope 3: the grid losses on each kWh used.", "Cwmpas 3: colledion y grid ar bob kWh a ddefnyddir."),
    }),
  });
}

export const ukElectricityFactorSets: readonly UkElectricityFactorSet[] = Object.freeze([
  desnzSet(2023, 0.20707, 0.0183),
  desnzSet(2024, 0.20705, 0.01792),
  desnzSet(2025, 0.177, 0.0163),
]);

/**
 * The set for the calendar year of the assessment date (the results use the response deadline's date): DESNZ
 * publishes the year's factors for reporting that year. A date before the first set held uses the first; a date
 * after the last uses the last, until a newer set is added here.
 */
export function ukElectricityFactorsFor(assessmentDate: IsoDate): UkElectricityFactorSet {
  const year = Number(assessmentDate.slice(0, 4));
  const sets = ukElectricityFactorSets;
  return sets.find((set) => set.year === year) ?? (year < sets[0].year ? sets[0] : sets[sets.length - 1]);
}

const place = (en: string, cy: string) => b(en, cy);

/**
 * Grids by country or region. The UK ("GB", the code suppliers already use) takes the UK government's own factors,
 * which UK public bodies report with, so a UK-hosted service is measured the way buyers are; elsewhere Ember's
 * 2023 averages.
 */
export const electricityRegionsByCode: Readonly<Record<string, ElectricityRegion>> = Object.freeze({
  GB: { place: place("the United Kingdom", "y Deyrnas Unedig"), factor: null },
  IE: { place: place("Ireland", "Iwerddon"), factor: emberFactor("IE", place("Ireland", "Iwerddon"), 290.81) },
  FR: { place: place("France", "Ffrainc"), factor: emberFactor("FR", place("France", "Ffrainc"), 56.02) },
  DE: { place: place("Germany", "yr Almaen"), factor: emberFactor("DE", place("Germany", "yr Almaen"), 380.95) },
  NL: { place: place("the Netherlands", "yr Iseldiroedd"), factor: emberFactor("NL", place("Netherlands", "yr Iseldiroedd"), 267.62) },
  BE: { place: place("Belgium", "Gwlad Belg"), factor: emberFactor("BE", place("Belgium", "Gwlad Belg"), 138.11) },
  SE: { place: place("Sweden", "Sweden"), factor: emberFactor("SE", place("Sweden", "Sweden"), 40.7) },
  NO: { place: place("Norway", "Norwy"), factor: emberFactor("NO", place("Norway", "Norwy"), 30.08) },
  US: { place: place("the United States", "yr Unol Daleithiau"), factor: emberFactor("US", place("United States", "yr Unol Daleithiau"), 369.47) },
  EU: { place: place("the European Union (average)", "yr Undeb Ewropeaidd (cyfartaledd)"), factor: emberFactor("EU", place("European Union average", "cyfartaledd yr Undeb Ewropeaidd"), 243.83) },
  WORLD: { place: place("the world (average)", "y byd (cyfartaledd)"), factor: emberFactor("WORLD", place("world average", "cyfartaledd y byd"), 480.79) },
});

export const electricityRegions = Object.keys(electricityRegionsByCode) as [string, ...string[]];

/** The grid factor for a region on the assessment date (for the UK, that year's DESNZ generation factor). */
export function electricityFactorFor(region: string, assessmentDate: IsoDate): EmissionFactor {
  return electricityRegionsByCode[region].factor ?? ukElectricityFactorsFor(assessmentDate).generation;
}

/** A region's name for a list of choices, with the factor a service hosted there is measured by. */
export function regionLabel(region: string): Bilingual {
  const entry = electricityRegionsByCode[region];
  return region === "GB"
    ? b("United Kingdom (UK government factors)", "Y Deyrnas Unedig (ffactorau llywodraeth y DU)")
    : entry.factor!.label;
}

/** Energy used by networks to carry data, separate from the data centre and the device at either end. */
export const networkEnergyFactor: EmissionFactor = Object.freeze({
  id: "network.energy-per-gb",
  label: b("Network energy per gigabyte transferred", "Ynni’r rhwydwaith fesul gigabeit a drosglwyddir"),
  value: 0.059,
  unit: "kWh/GB",
  year: 2024,
  source: b(
    "Sustainable Web Design model, version 4 (operational network energy intensity)",
    "Model Sustainable Web Design, fersiwn 4 (dwysedd ynni gweithredol y rhwydwaith)",
  ),
  url: "https://sustainablewebdesign.org/estimating-digital-emissions/",
  note: b(
    "Only the network segment is used: hosting and devices are declared separately, so counting their per-GB shares too would double count.",
    "Dim ond segment y rhwydwaith a ddefnyddir: caiff lletya a dyfeisiau eu datgan ar wahân, felly byddai cyfrif eu cyfrannau fesul GB hefyd yn eu cyfrif ddwywaith.",
  ),
});
