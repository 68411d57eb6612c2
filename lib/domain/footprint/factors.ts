import type { IsoDate } from "../dates";
import { div, exact, toNumber } from "../exact";
import { bilingual as b, type Bilingual } from "../text";
import { co2jsVersion, emberSource, gridAverages, type GridAverage } from "./grid-regions";
import { licences, type Licence } from "./licences";

export type EmissionFactor = {
  readonly id: string;
  readonly label: Bilingual;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly source: Bilingual;
  readonly url: string;
  /** The terms the figure is used under, and the attribution those terms ask for, shown wherever factors are listed. */
  readonly licence: Licence;
  readonly attribution: Bilingual;
  readonly note?: Bilingual;
};

/** A grid the supplier can name: where a service is hosted, a device is used or its users are. */
export type ElectricityRegion = { readonly name: Bilingual; readonly place: Bilingual; readonly factor: EmissionFactor | null };

function emberFactor(grid: GridAverage): EmissionFactor {
  return Object.freeze({
    id: `electricity.${grid.code}`,
    label: b(`Grid electricity, ${grid.name.en}`, `Trydan y grid, ${grid.place.cy}`),
    // gCO2e to kg worked exactly, so 279.79 g is 0.27979 kg and not 0.27979000000000004.
    value: toNumber(div(exact(grid.gramsPerKWh), exact(1000))),
    unit: "kgCO2e/kWh",
    year: grid.year,
    source: emberSource.source(grid.year),
    url: emberSource.url,
    licence: emberSource.licence,
    attribution: emberSource.attribution,
    note: emberSource.note,
  });
}

/**
 * UK electricity from the UK Government greenhouse gas conversion factors for company reporting (DESNZ, published
 * each June under the Open Government Licence), one set per year: the generation factor (Scope 2) and the
 * transmission and distribution factor (Scope 3, the electricity lost on the way), which is its own line.
 * Figures: "UK electricity" and "Transmission and distribution – UK electricity", kgCO2e per kWh, as listed in the
 * product brief (DOMAIN.md "Factors" and STACK.md give the 2024 and 2025 generation figures, 0.20705 and 0.177).
 * Add a year by adding a set; never edit a published one.
 */
const oglAttribution = b(
  "Contains public sector information licensed under the Open Government Licence v3.0.",
  "Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.",
);

export type UkElectricityFactorSet = { readonly year: number; readonly generation: EmissionFactor; readonly transmissionAndDistribution: EmissionFactor };

function desnzSet(year: number, generation: number, transmissionAndDistribution: number): UkElectricityFactorSet {
  const source = b(
    `UK Government greenhouse gas conversion factors for company reporting ${year} (DESNZ)`,
    `Ffactorau trosi nwyon tŷ gwydr Llywodraeth y DU ar gyfer adrodd gan gwmnïau ${year} (DESNZ)`,
  );
  const url = `https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-${year}`;
  const terms = { licence: licences.ogl3, attribution: oglAttribution };
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
      ...terms,
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
      ...terms,
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

/**
 * Grids by country or region. The UK ("GB", the code suppliers already use) takes the UK government's own factors,
 * which UK public bodies report with, so a UK-hosted service is measured the way buyers are; elsewhere Ember's yearly
 * averages as CO2.js redistributes them (grid-regions.ts).
 */
export const electricityRegionsByCode: Readonly<Record<string, ElectricityRegion>> = Object.freeze({
  GB: { name: b("United Kingdom", "Y Deyrnas Unedig"), place: b("the United Kingdom", "y Deyrnas Unedig"), factor: null },
  ...Object.fromEntries(gridAverages.map((grid) => [grid.code, Object.freeze({ name: grid.name, place: grid.place, factor: emberFactor(grid) })])),
});

export const electricityRegions = Object.keys(electricityRegionsByCode) as [string, ...string[]];

/** The grid factor for a region on the assessment date (for the UK, that year's DESNZ generation factor). */
export function electricityFactorFor(region: string, assessmentDate: IsoDate): EmissionFactor {
  return electricityRegionsByCode[region].factor ?? ukElectricityFactorsFor(assessmentDate).generation;
}

/** A region's name for a list of choices, with the factor a service hosted there is measured by. */
export function regionLabel(region: string): Bilingual {
  const entry = electricityRegionsByCode[region];
  return entry.factor === null
    ? b("United Kingdom (UK government factors)", "Y Deyrnas Unedig (ffactorau llywodraeth y DU)")
    : b(`${entry.name.en} (Ember ${entry.factor.year})`, `${entry.name.cy} (Ember ${entry.factor.year})`);
}

/** The regions as choices in one language: the UK first, then countries by name, then the EU and world averages. */
export function regionChoices(language: "en" | "cy"): { value: string; text: string }[] {
  const averages = ["EU", "WORLD"];
  const countries = electricityRegions
    .filter((code) => code !== "GB" && !averages.includes(code))
    .sort((a, b) => electricityRegionsByCode[a].name[language].localeCompare(electricityRegionsByCode[b].name[language], language));
  return ["GB", ...countries, ...averages].map((code) => ({ value: code, text: regionLabel(code)[language] }));
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
  // The figure as CO2.js implements the model (SWDV4.OPERATIONAL_KWH_PER_GB_NETWORK); a test reads it from there.
  licence: licences.apache2,
  attribution: b(
    `The Sustainable Web Design model's figure as implemented in CO2.js ${co2jsVersion} (Apache-2.0, © 2020 The Green Web Foundation).`,
    `Ffigur model Sustainable Web Design fel y’i gweithredir yn CO2.js ${co2jsVersion} (Apache-2.0, © 2020 y Green Web Foundation).`,
  ),
  note: b(
    "Only the network segment is used: hosting and devices are declared separately, so counting their per-GB shares too would double count.",
    "Dim ond segment y rhwydwaith a ddefnyddir: caiff lletya a dyfeisiau eu datgan ar wahân, felly byddai cyfrif eu cyfrannau fesul GB hefyd yn eu cyfrif ddwywaith.",
  ),
});
