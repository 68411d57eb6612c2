import type { ServiceFootprintDeclaration } from "../case/footprint-schema";
import { roundTo } from "../ranking";
import { bilingual as b, type Bilingual } from "../text";
import { electricityFactors, networkEnergyFactor, type EmissionFactor } from "./factors";

export type FootprintLine = {
  component: "hosting-electricity" | "device-embodied" | "device-electricity" | "data-transfer";
  description: string;
  quantity: number;
  unit: string;
  factors: string[];
  kgCO2ePerYear: number;
};

export type FootprintEstimate = {
  tCO2ePerYear: number;
  lines: FootprintLine[];
  factorsUsed: EmissionFactor[];
  method: Bilingual;
  exclusions: Bilingual[];
};

export const footprintMethod = b(
  "Hosting: declared electricity (times PUE when the figure is IT load only) times the grid factor of the hosting country. Devices: embodied carbon spread evenly over the declared lifetime, plus any declared electricity times the grid factor where the device is used, both times the share used by the service. Data: gigabytes transferred times network energy per gigabyte times the grid factor where users are. Location-based; totals in tonnes CO2e a year.",
  "Lletya: y trydan a ddatganwyd (wedi'i luosi â'r PUE pan fo'r ffigur ar gyfer y llwyth TG yn unig) wedi'i luosi â ffactor grid y wlad lletya. Dyfeisiau: carbon ymgorfforedig wedi'i rannu'n gyfartal dros yr oes a ddatganwyd, ynghyd ag unrhyw drydan a ddatganwyd wedi'i luosi â ffactor grid y man lle defnyddir y ddyfais, y ddau wedi'u lluosi â'r gyfran a ddefnyddir gan y gwasanaeth. Data: y gigabeitiau a drosglwyddir wedi'u lluosi ag ynni'r rhwydwaith fesul gigabeit a ffactor grid y man lle mae'r defnyddwyr. Yn seiliedig ar leoliad; cyfansymiau mewn tunelli CO2e y flwyddyn.",
);

export const footprintExclusions: readonly Bilingual[] = [
  b(
    "Renewable electricity tariffs and certificates (the estimate is location-based, not market-based).",
    "Tariffau a thystysgrifau trydan adnewyddadwy (mae'r amcangyfrif yn seiliedig ar leoliad, nid ar y farchnad).",
  ),
  b(
    "Electricity transmission and distribution losses, and upstream emissions of fuels for UK electricity.",
    "Colledion trawsyrru a dosbarthu trydan, ac allyriadau i fyny'r gadwyn o danwydd ar gyfer trydan y DU.",
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
    "Unrhyw beth na ddatganodd y cyflenwr: dim ond mor gyflawn â'r datganiad y mae'r amcangyfrif.",
  ),
];

/**
 * A service's footprint in tCO2e a year from the supplier's declaration (Tech Net Zero
 * recommendation 4). Every line shows the factors it used, so buyers can compare like with like.
 */
export function estimateFootprint(declaration: ServiceFootprintDeclaration): FootprintEstimate {
  const lines: FootprintLine[] = [];
  const used = new Map<string, EmissionFactor>();
  const use = (factor: EmissionFactor) => {
    used.set(factor.id, factor);
    return factor;
  };
  for (const hosting of declaration.hosting) {
    const factor = use(electricityFactors[hosting.region]);
    const pue = hosting.powerUsageEffectiveness ?? 1;
    const kWh = hosting.electricityKWhPerYear * pue;
    lines.push({
      component: "hosting-electricity",
      description: `Hosting in ${hosting.region}${pue === 1 ? "" : ` (PUE ${pue})`}`,
      quantity: kWh,
      unit: "kWh/year",
      factors: [factor.id],
      kgCO2ePerYear: kWh * factor.value,
    });
  }
  for (const device of declaration.devices) {
    const share = (device.serviceSharePercent ?? 100) / 100;
    lines.push({
      component: "device-embodied",
      description: `${device.description}: ${device.count} × ${device.embodiedKgCO2eEach} kgCO2e over ${device.lifetimeYears} years`,
      quantity: device.count,
      unit: "devices",
      factors: [],
      kgCO2ePerYear: ((device.count * device.embodiedKgCO2eEach) / device.lifetimeYears) * share,
    });
    if (device.electricityKWhPerYearEach !== undefined) {
      const factor = use(electricityFactors[device.region ?? "GB"]);
      const kWh = device.count * device.electricityKWhPerYearEach * share;
      lines.push({
        component: "device-electricity",
        description: `${device.description}: electricity in ${device.region ?? "GB"}`,
        quantity: kWh,
        unit: "kWh/year",
        factors: [factor.id],
        kgCO2ePerYear: kWh * factor.value,
      });
    }
  }
  if (declaration.dataTransferredGBPerYear !== undefined) {
    const grid = use(electricityFactors[declaration.usersRegion ?? "GB"]);
    const network = use(networkEnergyFactor);
    const gb = declaration.dataTransferredGBPerYear;
    lines.push({
      component: "data-transfer",
      description: `Data carried over networks to users in ${declaration.usersRegion ?? "GB"}`,
      quantity: gb,
      unit: "GB/year",
      factors: [network.id, grid.id],
      kgCO2ePerYear: gb * network.value * grid.value,
    });
  }
  const totalKg = lines.reduce((sum, line) => sum + line.kgCO2ePerYear, 0);
  return {
    tCO2ePerYear: roundTo(totalKg / 1000, 3),
    lines: lines.map((line) => ({ ...line, quantity: roundTo(line.quantity, 3), kgCO2ePerYear: roundTo(line.kgCO2ePerYear, 2) })),
    factorsUsed: [...used.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    method: footprintMethod,
    exclusions: [...footprintExclusions],
  };
}
