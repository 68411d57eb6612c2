import { kpiKinds } from "@/lib/domain/contracts/kpi-kinds";
import { reportFiguresSchema, scope3Categories, type ReportFigures } from "@/lib/domain/contracts/report-figures";
import { inputLimits } from "@/lib/domain/case/limits";
import { electricityRegions } from "@/lib/domain/footprint/factors";
import { accept, refuse, type Parsed } from "./form-state";

// The supplier's yearly contract report as a form: every figure a text field (blank means not given), with the
// electricity lines and each KPI's explanation. Every problem is found at once; what was typed always comes back.

export const ELECTRICITY_LINES = 3;

type NumberField = { name: string; key: keyof ReportFigures; kind: "tonnes" | "count" | "percent" | "kg" };

export const reportNumberFields: readonly NumberField[] = [
  { name: "scope1", key: "scope1TCO2e", kind: "tonnes" },
  { name: "scope2", key: "scope2TCO2e", kind: "tonnes" },
  { name: "devicesNew", key: "devicesNew", kind: "count" },
  { name: "devicesRefurbished", key: "devicesRefurbished", kind: "count" },
  { name: "devicesEmbodied", key: "devicesEmbodiedKgCO2e", kind: "kg" },
  { name: "takenBackReused", key: "takenBackReused", kind: "count" },
  { name: "takenBackRecycled", key: "takenBackRecycled", kind: "count" },
  { name: "takenBackLandfilled", key: "takenBackLandfilled", kind: "count" },
  { name: "supplyChainTier1", key: "supplyChainTier1Percent", kind: "percent" },
  { name: "organisationEmissions", key: "organisationEmissionsTCO2e", kind: "tonnes" },
];

const scope3Field = (category: string) => `scope3_${category}`;
const explanationField = (kind: string) => `explanation_${kind}`;
const lineFields = (line: number) => [`electricityRegion${line}`, `electricityKWh${line}`];

const numbersNamed = (...names: string[]) => reportNumberFields.filter((field) => names.includes(field.name)).map((field) => field.name);

/** Every field, in the order the page shows them (the error summary follows it). */
export const contractReportFields: readonly string[] = [
  ...numbersNamed("scope1", "scope2"),
  ...scope3Categories.map(scope3Field),
  ...Array.from({ length: ELECTRICITY_LINES }, (_, i) => lineFields(i + 1)).flat(),
  ...numbersNamed("devicesNew", "devicesRefurbished", "devicesEmbodied", "takenBackReused", "takenBackRecycled", "takenBackLandfilled", "supplyChainTier1", "organisationEmissions"),
  ...kpiKinds.map(explanationField),
];

const limits = { tonnes: inputLimits.tonnesCO2e, count: inputLimits.deviceCount, percent: 100, kg: inputLimits.tonnesCO2e, kWh: inputLimits.kWhPerYear };

/** A figure typed in a box: blank is not given; "1,250.5" is 1250.5. The key of what is wrong otherwise. */
export function parseFigure(text: string, kind: keyof typeof limits): { value: number | undefined } | { error: string } {
  const cleaned = text.trim().replace(/,/g, "");
  if (!cleaned) return { value: undefined };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { error: cleaned.startsWith("-") ? "reportFigure.negative" : "reportFigure.invalid" };
  const value = Number(cleaned);
  if (kind === "count" && !Number.isInteger(value)) return { error: "reportFigure.whole" };
  if (value > limits[kind]) return { error: kind === "percent" ? "reportFigure.percent" : "reportFigure.tooLarge" };
  return { value };
}

/** The report form's figures, or every problem found, each on its field. */
export function parseContractReport(values: Record<string, string>): Parsed<ReportFigures> {
  const errors: Record<string, string> = {};
  const figures: Record<string, unknown> = { scope3TCO2e: {}, electricity: [], explanations: {} };
  const read = (name: string, kind: keyof typeof limits) => {
    const parsed = parseFigure(values[name] ?? "", kind);
    if ("error" in parsed) errors[name] = parsed.error;
    return "value" in parsed ? parsed.value : undefined;
  };
  for (const field of reportNumberFields) {
    const value = read(field.name, field.kind);
    if (value !== undefined) figures[field.key] = value;
  }
  for (const category of scope3Categories) {
    const value = read(scope3Field(category), "tonnes");
    if (value !== undefined) (figures.scope3TCO2e as Record<string, number>)[category] = value;
  }
  for (let line = 1; line <= ELECTRICITY_LINES; line++) {
    const [regionField, kWhField] = lineFields(line);
    const region = (values[regionField] ?? "").trim();
    const kWh = read(kWhField, "kWh");
    if (region && !electricityRegions.includes(region)) errors[regionField] = "reportElectricity.region";
    else if (region && kWh === undefined && !errors[kWhField]) errors[kWhField] = "reportElectricity.kWhRequired";
    else if (!region && kWh !== undefined) errors[regionField] = "reportElectricity.regionRequired";
    else if (region && kWh !== undefined) (figures.electricity as unknown[]).push({ region, kWh });
  }
  for (const kind of kpiKinds) {
    const text = (values[explanationField(kind)] ?? "").trim();
    if (text.length > 2000) errors[explanationField(kind)] = "reportExplanation.tooLong";
    else if (text) (figures.explanations as Record<string, string>)[kind] = text;
  }
  if (Object.keys(errors).length > 0) return refuse(errors);
  const parsed = reportFiguresSchema.safeParse(figures);
  return parsed.success ? accept(parsed.data) : refuse({ form: "reportFigure.invalid" });
}

/** The form's values from saved figures, for the page to show them again. */
export function reportFormValues(figures: ReportFigures | null): Record<string, string> {
  if (!figures) return {};
  const values: Record<string, string> = {};
  for (const field of reportNumberFields) {
    const value = figures[field.key];
    if (typeof value === "number") values[field.name] = String(value);
  }
  for (const [category, value] of Object.entries(figures.scope3TCO2e)) if (value !== undefined) values[scope3Field(category)] = String(value);
  figures.electricity.slice(0, ELECTRICITY_LINES).forEach((line, i) => {
    const [regionField, kWhField] = lineFields(i + 1);
    values[regionField] = line.region;
    values[kWhField] = String(line.kWh);
  });
  for (const [kind, text] of Object.entries(figures.explanations)) if (text) values[explanationField(kind)] = text;
  return values;
}

export { explanationField, lineFields, scope3Field };
