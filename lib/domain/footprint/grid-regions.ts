import { averageIntensity } from "@tgwf/co2/data";
import { bilingual as b, type Bilingual } from "../text";
import { licences, type Licence } from "./licences";

/** The CO2.js release the grid averages are read from; package.json pins it exactly, and a test checks the two agree. */
export const co2jsVersion = "0.19.0";

/**
 * Grids a supplier may name outside the UK: the EU's 27, the rest of western Europe, and the countries of the main
 * cloud providers' regions, with the EU and world averages. Each row: our code (ISO 3166-1 alpha-2, as stored in
 * declarations), CO2.js's key (alpha-3), the year of Ember's figure, the name for a list, and the place as it reads
 * in a sentence in English and in Welsh (lower-case article: "Lletya: yr Almaen").
 * The figures come from the package at run time. Its data file drops the year each country's figure is for (Ember's
 * latest complete year, country by country), so the year is copied here from data/output/average-intensities.json
 * in the CO2.js repository at v0.19.0 (commit 27cbe83).
 */
const rows: readonly (readonly [code: string, key: string, year: number, name: string, placeEn: string, placeCy: string])[] = [
  ["AT", "AUT", 2024, "Austria", "Austria", "Awstria"],
  ["BE", "BEL", 2024, "Belgium", "Belgium", "Gwlad Belg"],
  ["BG", "BGR", 2024, "Bulgaria", "Bulgaria", "Bwlgaria"],
  ["HR", "HRV", 2024, "Croatia", "Croatia", "Croatia"],
  ["CY", "CYP", 2024, "Cyprus", "Cyprus", "Cyprus"],
  ["CZ", "CZE", 2024, "Czechia", "Czechia", "Tsiecia"],
  ["DK", "DNK", 2024, "Denmark", "Denmark", "Denmarc"],
  ["EE", "EST", 2024, "Estonia", "Estonia", "Estonia"],
  ["FI", "FIN", 2024, "Finland", "Finland", "y Ffindir"],
  ["FR", "FRA", 2024, "France", "France", "Ffrainc"],
  ["DE", "DEU", 2024, "Germany", "Germany", "yr Almaen"],
  ["GR", "GRC", 2024, "Greece", "Greece", "Gwlad Groeg"],
  ["HU", "HUN", 2024, "Hungary", "Hungary", "Hwngari"],
  ["IE", "IRL", 2024, "Ireland", "Ireland", "Iwerddon"],
  ["IT", "ITA", 2024, "Italy", "Italy", "yr Eidal"],
  ["LV", "LVA", 2024, "Latvia", "Latvia", "Latfia"],
  ["LT", "LTU", 2024, "Lithuania", "Lithuania", "Lithwania"],
  ["LU", "LUX", 2024, "Luxembourg", "Luxembourg", "Lwcsembwrg"],
  ["MT", "MLT", 2024, "Malta", "Malta", "Malta"],
  ["NL", "NLD", 2024, "Netherlands", "the Netherlands", "yr Iseldiroedd"],
  ["PL", "POL", 2024, "Poland", "Poland", "Gwlad Pwyl"],
  ["PT", "PRT", 2024, "Portugal", "Portugal", "Portiwgal"],
  ["RO", "ROU", 2024, "Romania", "Romania", "Rwmania"],
  ["SK", "SVK", 2024, "Slovakia", "Slovakia", "Slofacia"],
  ["SI", "SVN", 2024, "Slovenia", "Slovenia", "Slofenia"],
  ["ES", "ESP", 2024, "Spain", "Spain", "Sbaen"],
  ["SE", "SWE", 2024, "Sweden", "Sweden", "Sweden"],
  ["NO", "NOR", 2024, "Norway", "Norway", "Norwy"],
  ["CH", "CHE", 2024, "Switzerland", "Switzerland", "y Swistir"],
  ["IS", "ISL", 2023, "Iceland", "Iceland", "Gwlad yr Iâ"],
  ["US", "USA", 2024, "United States", "the United States", "yr Unol Daleithiau"],
  ["CA", "CAN", 2024, "Canada", "Canada", "Canada"],
  ["MX", "MEX", 2024, "Mexico", "Mexico", "Mecsico"],
  ["BR", "BRA", 2024, "Brazil", "Brazil", "Brasil"],
  ["CL", "CHL", 2024, "Chile", "Chile", "Chile"],
  ["JP", "JPN", 2024, "Japan", "Japan", "Japan"],
  ["KR", "KOR", 2024, "South Korea", "South Korea", "De Corea"],
  ["SG", "SGP", 2024, "Singapore", "Singapore", "Singapôr"],
  ["IN", "IND", 2024, "India", "India", "India"],
  ["ID", "IDN", 2023, "Indonesia", "Indonesia", "Indonesia"],
  ["MY", "MYS", 2024, "Malaysia", "Malaysia", "Maleisia"],
  ["HK", "HKG", 2023, "Hong Kong", "Hong Kong", "Hong Kong"],
  ["TW", "TWN", 2024, "Taiwan", "Taiwan", "Taiwan"],
  ["AU", "AUS", 2024, "Australia", "Australia", "Awstralia"],
  ["NZ", "NZL", 2024, "New Zealand", "New Zealand", "Seland Newydd"],
  ["ZA", "ZAF", 2024, "South Africa", "South Africa", "De Affrica"],
  ["AE", "ARE", 2024, "United Arab Emirates", "the United Arab Emirates", "yr Emiradau Arabaidd Unedig"],
  ["IL", "ISR", 2023, "Israel", "Israel", "Israel"],
  ["BH", "BHR", 2023, "Bahrain", "Bahrain", "Bahrain"],
  ["QA", "QAT", 2024, "Qatar", "Qatar", "Qatar"],
  ["SA", "SAU", 2024, "Saudi Arabia", "Saudi Arabia", "Sawdi Arabia"],
  ["EU", "EU", 2024, "European Union (average)", "the European Union (average)", "yr Undeb Ewropeaidd (cyfartaledd)"],
  ["WORLD", "WORLD", 2024, "World (average)", "the world (average)", "y byd (cyfartaledd)"],
];

export type GridAverage = {
  readonly code: string;
  /** For a list of choices: "Germany" / "Yr Almaen". */
  readonly name: Bilingual;
  /** In a sentence: "Hosting in the Netherlands" / "Lletya: yr Iseldiroedd". */
  readonly place: Bilingual;
  readonly gramsPerKWh: number;
  readonly year: number;
};

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("cy") + text.slice(1);

export const gridAverages: readonly GridAverage[] = Object.freeze(
  rows.map(([code, key, year, name, placeEn, placeCy]) => {
    const gramsPerKWh = averageIntensity.data[key];
    // A release that drops a country must fail loudly here, not quietly give a zero or NaN factor.
    if (typeof gramsPerKWh !== "number" || !(gramsPerKWh > 0)) throw new Error(`CO2.js ${co2jsVersion} has no average grid intensity for ${key}`);
    return Object.freeze({ code, name: b(name, capitalised(placeCy)), place: b(placeEn, placeCy), gramsPerKWh, year });
  }),
);

/** Where every grid average comes from, and the terms it is used under. */
export const emberSource = Object.freeze({
  source: (year: number) =>
    b(
      `Ember, Yearly Electricity Data ${year} (average grid carbon intensity), from the Green Web Foundation's CO2.js ${co2jsVersion}`,
      `Ember, Data Trydan Blynyddol ${year} (dwysedd carbon cyfartalog y grid), o CO2.js ${co2jsVersion} y Green Web Foundation`,
    ),
  url: "https://ember-energy.org/data/yearly-electricity-data/",
  licence: licences.ccBySa4 satisfies Licence,
  attribution: b(
    `Contains Ember data, under CC BY-SA 4.0 as CO2.js states for it, read from CO2.js ${co2jsVersion} (Apache-2.0, © 2020 The Green Web Foundation).`,
    `Yn cynnwys data Ember, o dan CC BY-SA 4.0 fel y mae CO2.js yn ei nodi, wedi’u darllen o CO2.js ${co2jsVersion} (Apache-2.0, © 2020 y Green Web Foundation).`,
  ),
  note: b(
    "Life-cycle average intensity of generation, gCO2e/kWh converted to kg; not the same basis as the UK government's Scope 2 factor, and with no separate transmission and distribution factor.",
    "Dwysedd cyfartalog cylch oes y cynhyrchu, gCO2e/kWh wedi’i drosi i kg; nid yr un sail â ffactor Cwmpas 2 llywodraeth y DU, a heb ffactor trawsyrru a dosbarthu ar wahân.",
  ),
});
