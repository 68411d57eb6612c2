import type { ServiceFootprintDeclaration } from "../case/footprint-schema";
import type { IsoDate } from "../dates";
import { add, compare, div, exact, mul, round, sum, ZERO, type Exact } from "../exact";
import { formatGrouped } from "../number-text";
import { bilingual as b, type Bilingual } from "../text";
import { electricityFactorFor, electricityRegionsByCode, networkEnergyFactor, ukElectricityFactorsFor, type EmissionFactor } from "./factors";

export type FootprintLine = {
  component: "hosting-electricity" | "device-embodied" | "device-electricity" | "data-transfer" | "transmission-distribution";
  description: Bilingual;
  quantity: number;
  unit: Bilingual;
  factors: string[];
  kgCO2ePerYear: number;
};

export type FootprintEstimate = {
  tCO2ePerYear: number;
  /** Which factors the estimate rests on, in a sentence to show beside the total wherever it is shown. */
  basis: Bilingual;
  lines: FootprintLine[];
  factorsUsed: EmissionFactor[];
  method: Bilingual;
  exclusions: Bilingual[];
};

export const footprintMethod = b(
  "Hosting: declared electricity (times PUE when the figure is IT load only) times the grid factor of the hosting country. Devices: embodied carbon spread evenly over the declared lifetime, plus any declared electricity times the grid factor where the device is used, both times the share used by the service. Data: gigabytes transferred times network energy per gigabyte times the grid factor where users are. UK electricity uses the UK government's factors for the year of the assessment date, and the electricity lost in transmission and distribution is its own line. Location-based; totals in tonnes CO2e a year.",
  "Lletya: y trydan a ddatganwyd (wedi’i luosi â’r PUE pan fo’r ffigur ar gyfer y llwyth TG yn unig) wedi’i luosi â ffactor grid y wlad lletya. Dyfeisiau: carbon ymgorfforedig wedi’i rannu’n gyfartal dros yr oes a ddatganwyd, ynghyd ag unrhyw drydan a ddatganwyd wedi’i luosi â ffactor grid y man lle defnyddir y ddyfais, y ddau wedi’u lluosi â’r gyfran a ddefnyddir gan y gwasanaeth. Data: y gigabeitiau a drosglwyddir wedi’u lluosi ag ynni’r rhwydwaith fesul gigabeit a ffactor grid y man lle mae’r defnyddwyr. Mae trydan y DU yn defnyddio ffactorau llywodraeth y DU ar gyfer blwyddyn dyddiad yr asesiad, ac mae’r trydan a gollir wrth ei drawsyrru a’i ddosbarthu yn llinell ar ei phen ei hun. Yn seiliedig ar leoliad; cyfansymiau mewn tunelli CO2e y flwyddyn.",
);

export const footprintExclusions: readonly Bilingual[] = [
  b(
    "Renewable electricity tariffs and certificates (the estimate is location-based, not market-based).",
    "Tariffau a thystysgrifau trydan adnewyddadwy (mae’r amcangyfrif yn seiliedig ar leoliad, nid ar y farchnad).",
  ),
  b(
    "Upstream emissions of the fuels that generate electricity (well-to-tank), and transmission and distribution losses outside the UK, for which the grid averages used have no separate factor.",
    "Allyriadau i fyny’r gadwyn o’r tanwydd sy’n cynhyrchu trydan (o’r ffynnon i’r tanc), a cholledion trawsyrru a dosbarthu y tu allan i’r DU, nad oes gan y cyfartaleddau grid a ddefnyddir ffactor ar wahân ar eu cyfer.",
  ),
  b(
    "Embodied carbon of data-centre buildings, cooling plant and network equipment not declared as devices.",
    "Carbon ymgorfforedig adeiladau canolfannau data, offer oeri ac offer rhwydwaith nas datganwyd fel dyfeisiau.",
  ),
  b(
    "End-of-life treatment, refrigerant leaks, water use, software development and staff travel.",
    "Trin gwastraff ar ddiwedd oes, gollyngiadau nwyon oeri, defnyddio dŵr, datblygu meddalwedd a theithio staff.",
  ),
  b(
    "Anything the supplier did not declare: the estimate is only as complete as the declaration.",
    "Unrhyw beth na ddatganodd y cyflenwr: dim ond mor gyflawn â’r datganiad y mae’r amcangyfrif.",
  ),
];

const units = {
  kWh: b("kWh/year", "kWh/blwyddyn"),
  devices: b("devices", "o ddyfeisiau"),
  gb: b("GB/year", "GB/blwyddyn"),
} as const;

type WorkingLine = Omit<FootprintLine, "quantity" | "kgCO2ePerYear"> & { quantity: Exact; kg: Exact };

const grid = (region: string) => electricityRegionsByCode[region].place;
const n = (value: number) => formatGrouped(value, 3);

/**
 * A service's footprint in tCO2e a year from the supplier's declaration (Tech Net Zero recommendation 4), with the
 * factors in force on the assessment date. Every line shows the factors it used, so buyers can compare like with
 * like. Worked exactly from the declared decimals and rounded once: lines to the kilogram's hundredth, the total
 * to three decimals of a tonne.
 */
export function estimateFootprint(declaration: ServiceFootprintDeclaration, assessmentDate: IsoDate): FootprintEstimate {
  const lines: WorkingLine[] = [];
  const used = new Map<string, EmissionFactor>();
  const use = (factor: EmissionFactor) => {
    used.set(factor.id, factor);
    return factor;
  };
  const uk = ukElectricityFactorsFor(assessmentDate);
  // UK grid kWh, whose transmission and distribution losses make a line of their own.
  let ukKWh = ZERO;
  const electricity = (region: string, kWh: Exact) => {
    const factor = use(electricityFactorFor(region, assessmentDate));
    if (region === "GB") ukKWh = add(ukKWh, kWh);
    return { factor, kg: mul(kWh, exact(factor.value)) };
  };
  for (const hosting of declaration.hosting) {
    const pue = hosting.powerUsageEffectiveness ?? 1;
    const kWh = mul(exact(hosting.electricityKWhPerYear), exact(pue));
    const { factor, kg } = electricity(hosting.region, kWh);
    const where = grid(hosting.region);
    lines.push({
      component: "hosting-electricity",
      description: b(
        `Hosting in ${where.en}${pue === 1 ? "" : ` (PUE ${n(pue)})`}`,
        `Lletya: ${where.cy}${pue === 1 ? "" : ` (PUE ${n(pue)})`}`,
      ),
      quantity: kWh,
      unit: units.kWh,
      factors: [factor.id],
      kg,
    });
  }
  for (const device of declaration.devices) {
    const share = div(exact(device.serviceSharePercent ?? 100), exact(100));
    const shareText = device.serviceSharePercent === undefined ? null : n(device.serviceSharePercent);
    lines.push({
      component: "device-embodied",
      description: b(
        `${device.description}: ${device.count} × ${n(device.embodiedKgCO2eEach)} kgCO2e over ${n(device.lifetimeYears)} years${shareText ? `, ${shareText}% used by the service` : ""}`,
        `${device.description}: ${device.count} × ${n(device.embodiedKgCO2eEach)} kgCO2e dros ${n(device.lifetimeYears)} o flynyddoedd${shareText ? `, ${shareText}% yn cael ei ddefnyddio gan y gwasanaeth` : ""}`,
      ),
      quantity: exact(device.count),
      unit: units.devices,
      factors: [],
      kg: mul(div(mul(exact(device.count), exact(device.embodiedKgCO2eEach)), exact(device.lifetimeYears)), share),
    });
    if (device.electricityKWhPerYearEach !== undefined) {
      const region = device.region ?? "GB";
      const kWh = mul(mul(exact(device.count), exact(device.electricityKWhPerYearEach)), share);
      const { factor, kg } = electricity(region, kWh);
      lines.push({
        component: "device-electricity",
        description: b(`${device.description}: electricity in ${grid(region).en}`, `${device.description}: trydan, ${grid(region).cy}`),
        quantity: kWh,
        unit: units.kWh,
        factors: [factor.id],
        kg,
      });
    }
  }
  if (declaration.dataTransferredGBPerYear !== undefined) {
    const region = declaration.usersRegion ?? "GB";
    const network = use(networkEnergyFactor);
    const gb = exact(declaration.dataTransferredGBPerYear);
    const { factor, kg } = electricity(region, mul(gb, exact(network.value)));
    lines.push({
      component: "data-transfer",
      description: b(`Data carried over networks to users in ${grid(region).en}`, `Data a gludir dros rwydweithiau at ddefnyddwyr: ${grid(region).cy}`),
      quantity: gb,
      unit: units.gb,
      factors: [network.id, factor.id],
      kg,
    });
  }
  if (compare(ukKWh, ZERO) > 0) {
    const factor = use(uk.transmissionAndDistribution);
    const kWh = round(ukKWh, 3);
    lines.push({
      component: "transmission-distribution",
      description: b(
        `Transmission and distribution losses on ${n(kWh)} kWh of UK grid electricity`,
        `Colledion trawsyrru a dosbarthu ar ${n(kWh)} kWh o drydan grid y DU`,
      ),
      quantity: ukKWh,
      unit: units.kWh,
      factors: [factor.id],
      kg: mul(ukKWh, exact(factor.value)),
    });
  }
  const totalKg = sum(lines.map((line) => line.kg));
  const factorsUsed = [...used.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    tCO2ePerYear: round(div(totalKg, exact(1000)), 3),
    basis: basisOf(factorsUsed),
    lines: lines.map(({ kg, quantity, ...line }) => ({ ...line, quantity: round(quantity, 3), kgCO2ePerYear: round(kg, 2) })),
    factorsUsed,
    method: footprintMethod,
    exclusions: [...footprintExclusions],
  };
}

/** "Factors: UK Government … 2025 (DESNZ); Ember …" — each source once, with its year, as a sentence. */
function basisOf(factors: readonly EmissionFactor[]): Bilingual {
  const sources = new Map<string, Bilingual>();
  for (const factor of factors) sources.set(factor.source.en, factor.source);
  const list = [...sources.values()];
  if (list.length === 0) return b("No emission factor used: declared embodied carbon only.", "Dim ffactor allyriadau wedi’i ddefnyddio: carbon ymgorfforedig a ddatganwyd yn unig.");
  return b(`Factors: ${list.map((s) => s.en).join("; ")}.`, `Ffactorau: ${list.map((s) => s.cy).join("; ")}.`);
}
