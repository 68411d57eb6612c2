import type { FunctionalUnitKind, ServiceFootprintDeclaration } from "../case/footprint-schema";
import type { IsoDate } from "../dates";
import { add, compare, div, exact, mul, round, sum, ZERO, type Exact } from "../exact";
import { formatGrouped } from "../number-text";
import { bilingual as b, type Bilingual } from "../text";
import { deviceEmbodiedDefaults } from "./device-defaults";
import { electricityFactorFor, electricityRegionsByCode, networkEnergyFactor, ukElectricityFactorsFor, type EmissionFactor } from "./factors";
import { shownKgPerUnit, shownTonnes, type ShownFigure } from "./precision";

export type FootprintLine = {
  component: "hosting-electricity" | "device-embodied" | "device-electricity" | "data-transfer" | "transmission-distribution";
  description: Bilingual;
  quantity: number;
  unit: Bilingual;
  factors: string[];
  kgCO2ePerYear: number;
  /** True when the line rests on a default embodied carbon (device-defaults.ts), not the supplier's own figure. */
  usesDefault: boolean;
  /** Said wherever the line is shown when it uses a default: "a default the supplier can replace". */
  note?: Bilingual;
};

export type FootprintPerUnit = {
  kind: FunctionalUnitKind;
  countPerYear: number;
  /** kgCO2e per user a year, or per transaction, to three significant figures. */
  kgCO2ePerUnit: number;
  fractionDigits: number;
  unit: Bilingual;
};

export type FootprintEstimate = {
  /** To three decimals of a tonne, for sums and comparisons; `shown` is the figure to print. */
  tCO2ePerYear: number;
  shown: ShownFigure;
  /** The total (and the figure per functional unit, when declared) at the precision it is shown, in a sentence. */
  summary: Bilingual;
  perFunctionalUnit: FootprintPerUnit | null;
  /** Which factors the estimate rests on, in a sentence to show beside the total wherever it is shown. */
  basis: Bilingual;
  lines: FootprintLine[];
  factorsUsed: EmissionFactor[];
  method: Bilingual;
  exclusions: Bilingual[];
};

export const footprintMethod = b(
  "Hosting: declared electricity (times PUE when the figure is IT load only) times the grid factor of the hosting country. Devices: embodied carbon spread evenly over the declared lifetime, plus any declared electricity times the grid factor where the device is used, both times the share used by the service. Data: gigabytes transferred times network energy per gigabyte times the grid factor where users are. A device declared with a common kind instead of its own embodied carbon takes Boavizta's median for that kind, marked on its line as a default the supplier can replace. UK electricity uses the UK government's factors for the year of the assessment date, and the electricity lost in transmission and distribution is its own line. Location-based; totals in tonnes CO2e a year, shown to three significant figures (to a tenth of a tonne from 100 tonnes), and, when the supplier names a functional unit, in kg CO2e per user a year or per transaction.",
  "Lletya: y trydan a ddatganwyd (wedi’i luosi â’r PUE pan fo’r ffigur ar gyfer y llwyth TG yn unig) wedi’i luosi â ffactor grid y wlad lletya. Dyfeisiau: carbon ymgorfforedig wedi’i rannu’n gyfartal dros yr oes a ddatganwyd, ynghyd ag unrhyw drydan a ddatganwyd wedi’i luosi â ffactor grid y man lle defnyddir y ddyfais, y ddau wedi’u lluosi â’r gyfran a ddefnyddir gan y gwasanaeth. Data: y gigabeitiau a drosglwyddir wedi’u lluosi ag ynni’r rhwydwaith fesul gigabeit a ffactor grid y man lle mae’r defnyddwyr. Mae dyfais a ddatganwyd drwy ddewis math cyffredin yn lle rhoi ei charbon ymgorfforedig ei hun yn cymryd canolrif Boavizta ar gyfer y math hwnnw, wedi’i nodi ar ei llinell fel rhagosodiad y gall y cyflenwr roi ei ffigur ei hun yn ei le. Mae trydan y DU yn defnyddio ffactorau llywodraeth y DU ar gyfer blwyddyn dyddiad yr asesiad, ac mae’r trydan a gollir wrth ei drawsyrru a’i ddosbarthu yn llinell ar ei phen ei hun. Yn seiliedig ar leoliad; cyfansymiau mewn tunelli CO2e y flwyddyn, wedi’u dangos i dri ffigur ystyrlon (i ddegfed ran o dunnell o 100 tunnell i fyny), ac, os yw’r cyflenwr yn enwi uned swyddogaethol, mewn kg CO2e y defnyddiwr y flwyddyn neu y trafodiad.",
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

type WorkingLine = Omit<FootprintLine, "quantity" | "kgCO2ePerYear" | "usesDefault"> & { quantity: Exact; kg: Exact; usesDefault?: boolean };

const replaceable = (name: Bilingual) =>
  b(
    `Embodied carbon is a default for a ${name.en} (Boavizta): a default the supplier can replace with its own figure.`,
    `Mae’r carbon ymgorfforedig yn rhagosodiad ar gyfer ${name.cy} (Boavizta): rhagosodiad y gall y cyflenwr roi ei ffigur ei hun yn ei le.`,
  );

const perUnitWords: Record<FunctionalUnitKind, { unit: Bilingual; count: (n: string) => Bilingual }> = {
  user: {
    unit: b("kgCO2e per user a year", "kgCO2e y defnyddiwr y flwyddyn"),
    count: (n) => b(`${n} users`, `${n} o ddefnyddwyr`),
  },
  transaction: {
    unit: b("kgCO2e per transaction", "kgCO2e y trafodiad"),
    count: (n) => b(`${n} transactions a year`, `${n} o drafodion y flwyddyn`),
  },
};

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
    // The supplier's own figure always wins; a model's default is used only when no figure is given.
    const preset = device.embodiedKgCO2eEach === undefined && device.model !== undefined ? deviceEmbodiedDefaults[device.model] : null;
    const each = preset ? use(preset.factor).value : device.embodiedKgCO2eEach!;
    const eachText = preset
      ? b(`${n(each)} kgCO2e (default for a ${preset.name.en})`, `${n(each)} kgCO2e (rhagosodiad ar gyfer ${preset.name.cy})`)
      : b(`${n(each)} kgCO2e`, `${n(each)} kgCO2e`);
    lines.push({
      component: "device-embodied",
      description: b(
        `${device.description}: ${device.count} × ${eachText.en} over ${n(device.lifetimeYears)} years${shareText ? `, ${shareText}% used by the service` : ""}`,
        `${device.description}: ${device.count} × ${eachText.cy} dros ${n(device.lifetimeYears)} o flynyddoedd${shareText ? `, ${shareText}% yn cael ei ddefnyddio gan y gwasanaeth` : ""}`,
      ),
      quantity: exact(device.count),
      unit: units.devices,
      factors: preset ? [preset.factor.id] : [],
      kg: mul(div(mul(exact(device.count), exact(each)), exact(device.lifetimeYears)), share),
      ...(preset ? { usesDefault: true, note: replaceable(preset.name) } : {}),
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
  const totalTonnes = div(totalKg, exact(1000));
  const shown = shownTonnes(totalTonnes);
  const perFunctionalUnit = perUnitOf(declaration.functionalUnit, totalKg);
  const factorsUsed = [...used.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    tCO2ePerYear: round(totalTonnes, 3),
    shown,
    summary: summaryOf(shown, perFunctionalUnit),
    perFunctionalUnit,
    basis: basisOf(factorsUsed),
    lines: lines.map(({ kg, quantity, usesDefault, ...line }) => ({ ...line, quantity: round(quantity, 3), kgCO2ePerYear: round(kg, 2), usesDefault: usesDefault ?? false })),
    factorsUsed,
    method: footprintMethod,
    exclusions: [...footprintExclusions],
  };
}

/** kgCO2e per user a year or per transaction (as the Green Software Foundation's SCI is per functional unit). */
function perUnitOf(unit: ServiceFootprintDeclaration["functionalUnit"], totalKg: Exact): FootprintPerUnit | null {
  if (!unit) return null;
  const figure = shownKgPerUnit(div(totalKg, exact(unit.countPerYear)));
  return { kind: unit.kind, countPerYear: unit.countPerYear, kgCO2ePerUnit: figure.value, fractionDigits: figure.fractionDigits, unit: perUnitWords[unit.kind].unit };
}

/** "49.2 tCO2e a year; 4.1 kgCO2e per user a year (12,000 users)", each figure at the precision it is shown. */
function summaryOf(shown: ShownFigure, perUnit: FootprintPerUnit | null): Bilingual {
  const tonnes = formatGrouped(shown.value, shown.fractionDigits);
  const total = b(`${tonnes} tCO2e a year`, `${tonnes} tCO2e y flwyddyn`);
  if (!perUnit) return total;
  const figure = formatGrouped(perUnit.kgCO2ePerUnit, perUnit.fractionDigits);
  const count = perUnitWords[perUnit.kind].count(formatGrouped(perUnit.countPerYear, 0));
  return b(`${total.en}; ${figure} ${perUnit.unit.en} (${count.en})`, `${total.cy}; ${figure} ${perUnit.unit.cy} (${count.cy})`);
}

/** "Factors: UK Government … 2025 (DESNZ) (OGL-UK-3.0); Ember …" — each source once, with its year and licence. */
function basisOf(factors: readonly EmissionFactor[]): Bilingual {
  const sources = new Map<string, Bilingual>();
  for (const factor of factors) sources.set(factor.source.en, b(`${factor.source.en} (${factor.licence.id})`, `${factor.source.cy} (${factor.licence.id})`));
  const list = [...sources.values()];
  if (list.length === 0) return b("No emission factor used: declared embodied carbon only.", "Dim ffactor allyriadau wedi’i ddefnyddio: carbon ymgorfforedig a ddatganwyd yn unig.");
  return b(`Factors: ${list.map((s) => s.en).join("; ")}.`, `Ffactorau: ${list.map((s) => s.cy).join("; ")}.`);
}
