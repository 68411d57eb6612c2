import { bilingual as b, type Bilingual } from "../text";

/**
 * The sustainability commitments a contract carries from the winning bid, each a KPI reported every contract year.
 * - "reduce": emissions in tCO2e a year, lower is better, with a target that falls each year (PPN 01/24's schedule
 *   guidance: 10 % a year);
 * - "at-least" / "at-most": a share in percent the bid committed to, held each year unless the officer raises it.
 */
export const kpiKinds = [
  "contract-emissions",
  "organisation-emissions",
  "refurbished-share",
  "reused-recycled-share",
  "landfill-share",
  "supply-chain-mapped",
] as const;
export type KpiKind = (typeof kpiKinds)[number];

export type KpiDirection = "reduce" | "at-least" | "at-most";

export type KpiKindInfo = {
  direction: KpiDirection;
  unit: "tCO2e" | "percent";
  /** The business rule it serves. */
  rule: "BR1" | "BR2" | "BR3";
  name: Bilingual;
  /** The name inside a sentence ("why contract emissions miss…"): lower case unless a proper name. */
  inSentence: Bilingual;
  /** What the supplier reports, in a sentence. */
  measure: Bilingual;
};

export const kpiKindInfo: Readonly<Record<KpiKind, KpiKindInfo>> = {
  "contract-emissions": {
    direction: "reduce",
    unit: "tCO2e",
    rule: "BR1",
    name: b("Contract emissions", "Allyriadau’r contract"),
    inSentence: b("contract emissions", "allyriadau’r contract"),
    measure: b(
      "Greenhouse gas emissions from delivering this contract in the year: scope 1, scope 2 and the relevant scope 3 categories, in tonnes CO2e.",
      "Allyriadau nwyon tŷ gwydr o gyflawni’r contract hwn yn ystod y flwyddyn: cwmpas 1, cwmpas 2 a’r categorïau cwmpas 3 perthnasol, mewn tunelli CO2e.",
    ),
  },
  "organisation-emissions": {
    direction: "reduce",
    unit: "tCO2e",
    rule: "BR1",
    name: b("Carbon Reduction Plan emissions", "Allyriadau’r Cynllun Lleihau Carbon"),
    inSentence: b("Carbon Reduction Plan emissions", "allyriadau’r Cynllun Lleihau Carbon"),
    measure: b(
      "The supplier’s whole-organisation emissions as its Carbon Reduction Plan reports them, against the path to the plan’s own reduction target.",
      "Allyriadau’r cyflenwr ar draws y sefydliad cyfan fel y mae ei Gynllun Lleihau Carbon yn eu hadrodd, yn erbyn y llwybr at darged lleihau’r cynllun ei hun.",
    ),
  },
  "refurbished-share": {
    direction: "at-least",
    unit: "percent",
    rule: "BR2",
    name: b("Refurbished or remanufactured devices", "Dyfeisiau wedi’u hadnewyddu neu eu hailweithgynhyrchu"),
    inSentence: b("refurbished or remanufactured devices", "dyfeisiau wedi’u hadnewyddu neu eu hailweithgynhyrchu"),
    measure: b(
      "Of the devices supplied under the contract in the year, the share that were refurbished or remanufactured.",
      "O’r dyfeisiau a gyflenwyd o dan y contract yn ystod y flwyddyn, y gyfran a oedd wedi’u hadnewyddu neu eu hailweithgynhyrchu.",
    ),
  },
  "reused-recycled-share": {
    direction: "at-least",
    unit: "percent",
    rule: "BR2",
    name: b("Equipment reused or recycled", "Offer wedi’i ailddefnyddio neu ei ailgylchu"),
    inSentence: b("equipment reused or recycled", "offer wedi’i ailddefnyddio neu ei ailgylchu"),
    measure: b(
      "Of the equipment taken back at end of life in the year, the share reused or recycled.",
      "O’r offer a gymerwyd yn ôl ar ddiwedd ei oes yn ystod y flwyddyn, y gyfran a ailddefnyddiwyd neu a ailgylchwyd.",
    ),
  },
  "landfill-share": {
    direction: "at-most",
    unit: "percent",
    rule: "BR2",
    name: b("Equipment sent to landfill", "Offer a anfonwyd i safle tirlenwi"),
    inSentence: b("equipment sent to landfill", "offer a anfonwyd i safle tirlenwi"),
    measure: b(
      "Of the equipment taken back at end of life in the year, the share sent to landfill.",
      "O’r offer a gymerwyd yn ôl ar ddiwedd ei oes yn ystod y flwyddyn, y gyfran a anfonwyd i safle tirlenwi.",
    ),
  },
  "supply-chain-mapped": {
    direction: "at-least",
    unit: "percent",
    rule: "BR3",
    name: b("Supply chain with carbon data", "Cadwyn gyflenwi gyda data carbon"),
    inSentence: b("supply chain with carbon data", "cadwyn gyflenwi gyda data carbon"),
    measure: b(
      "The share of tier 1 suppliers, by spend, with carbon and environmental data mapped.",
      "Cyfran y cyflenwyr haen 1, yn ôl gwariant, y mapiwyd eu data carbon ac amgylcheddol.",
    ),
  },
};
