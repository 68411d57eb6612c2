import { functionalUnitKinds, serviceFootprintDeclarationSchema, type ServiceFootprintDeclaration } from "@/lib/domain/case/footprint-schema";
import { inputLimits } from "@/lib/domain/case/limits";
import { deviceEmbodiedDefaults, deviceModels, type DeviceModel } from "@/lib/domain/footprint/device-defaults";
import { electricityRegions } from "@/lib/domain/footprint/factors";
import { accept, refuse, type Parsed } from "./form-state";

// The service footprint declaration (Tech Net Zero recommendation 4) as a form: up to HOSTING_LINES hosting lines and
// DEVICE_LINES device lines, each a numbered group of fields (`hostingKWh2`, `deviceCount3`), then data transfer and
// the functional unit. A blank line is ignored; a partly filled one gets a problem on each of its own fields, worded
// with its number. Every problem is found at once, and what was typed always comes back.

export const HOSTING_LINES = 3;
export const DEVICE_LINES = 5;

export const deviceKinds = ["end-user", "server", "network"] as const;

/** The fields of hosting line `line` (from 1), by what they hold. */
export const hostingLineFields = (line: number) => ({ region: `hostingRegion${line}`, kWh: `hostingKWh${line}`, pue: `pue${line}` });

/** The fields of device line `line` (from 1), by what they hold. */
export const deviceLineFields = (line: number) => ({
  description: `deviceDescription${line}`,
  model: `deviceModel${line}`,
  kind: `deviceKind${line}`,
  count: `deviceCount${line}`,
  embodied: `deviceEmbodied${line}`,
  lifetime: `deviceLifetime${line}`,
  kWh: `deviceKWh${line}`,
});

const lines = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** Every field, in the order the form shows them (the error summary's order too). */
export const footprintFields: readonly string[] = [
  ...lines(HOSTING_LINES).flatMap((line) => Object.values(hostingLineFields(line))),
  ...lines(DEVICE_LINES).flatMap((line) => Object.values(deviceLineFields(line))),
  "dataGB",
  "usersRegion",
  "functionalUnit",
  "functionalUnitCount",
];

/** The line a numbered field belongs to (`deviceCount3` → 3), for its message; none for the other fields. */
export function lineOfField(field: string): number | undefined {
  const match = /^(?:hostingRegion|hostingKWh|pue|device[A-Za-z]+)(\d+)$/.exec(field);
  return match ? Number(match[1]) : undefined;
}

const text = (values: Record<string, string>, field: string) => (values[field] ?? "").trim();

/** Whether anything was typed or chosen on a line. A hosting line's region alone does not count: it has a default. */
export function hostingLineFilled(values: Record<string, string>, line: number) {
  const fields = hostingLineFields(line);
  return Boolean(text(values, fields.kWh) || text(values, fields.pue));
}

export function deviceLineFilled(values: Record<string, string>, line: number) {
  return Object.values(deviceLineFields(line)).some((field) => text(values, field));
}

type NumberRule = { integer?: boolean; min?: number; max: number };

/** A figure typed in a box: blank is not given; "1,250.5" is 1250.5. The key of what is wrong otherwise. */
function figure(raw: string, invalid: string, { integer = false, min = 0, max }: NumberRule): { value: number | undefined } | { error: string } {
  const cleaned = raw.trim().replace(/,/g, "");
  if (!cleaned) return { value: undefined };
  const value = Number(cleaned);
  if (!/^\d+(\.\d+)?$/.test(cleaned) || (integer && !Number.isInteger(value)) || value < min || value > max) return { error: invalid };
  return { value };
}

type Hosting = ServiceFootprintDeclaration["hosting"][number];
type Device = ServiceFootprintDeclaration["devices"][number];

/** The declaration from the form, or every problem found, each on its field. */
export function parseFootprintForm(values: Record<string, string>): Parsed<ServiceFootprintDeclaration> {
  const errors: Record<string, string> = {};
  const read = (field: string, invalid: string, rule: NumberRule) => {
    const parsed = figure(values[field] ?? "", invalid, rule);
    if ("error" in parsed) errors[field] = parsed.error;
    return "value" in parsed ? parsed.value : undefined;
  };
  const missing = (field: string, key: string) => {
    if (!text(values, field)) errors[field] ??= key;
  };

  const hosting: Hosting[] = [];
  for (const line of lines(HOSTING_LINES)) {
    if (!hostingLineFilled(values, line)) continue;
    const fields = hostingLineFields(line);
    const region = text(values, fields.region);
    if (!(electricityRegions as readonly string[]).includes(region)) errors[fields.region] = "hostingLine.regionRequired";
    const kWh = read(fields.kWh, "hostingLine.kWhInvalid", { max: inputLimits.kWhPerYear });
    const pue = read(fields.pue, "hostingLine.pueInvalid", { min: 1, max: 5 });
    missing(fields.kWh, "hostingLine.kWhRequired");
    if (kWh !== undefined && !errors[fields.region])
      hosting.push({ region: region as Hosting["region"], electricityKWhPerYear: kWh, ...(pue !== undefined ? { powerUsageEffectiveness: pue } : {}) });
  }

  const devices: Device[] = [];
  for (const line of lines(DEVICE_LINES)) {
    if (!deviceLineFilled(values, line)) continue;
    const fields = deviceLineFields(line);
    const description = text(values, fields.description);
    if (description.length > 200) errors[fields.description] = "deviceLine.descriptionTooLong";
    missing(fields.description, "deviceLine.descriptionRequired");
    const modelText = text(values, fields.model);
    const model = (deviceModels as readonly string[]).includes(modelText) ? (modelText as DeviceModel) : undefined;
    if (modelText && !model) errors[fields.model] = "deviceLine.modelInvalid";
    // A common kind of device says what kind it is; without one the supplier picks the kind.
    const kindText = text(values, fields.kind);
    const chosenKind = (deviceKinds as readonly string[]).includes(kindText) ? (kindText as Device["kind"]) : undefined;
    if ((kindText && !chosenKind) || (!chosenKind && !modelText)) errors[fields.kind] = "deviceLine.kindRequired";
    const count = read(fields.count, "deviceLine.countInvalid", { integer: true, max: inputLimits.deviceCount });
    missing(fields.count, "deviceLine.countRequired");
    const embodied = read(fields.embodied, "deviceLine.embodiedInvalid", { max: inputLimits.kgCO2eEachDevice });
    if (!modelText) missing(fields.embodied, "deviceLine.embodiedRequiredOrDefault");
    const lifetime = read(fields.lifetime, "deviceLine.lifetimeInvalid", { min: 0.1, max: inputLimits.lifetimeYears });
    missing(fields.lifetime, "deviceLine.lifetimeRequired");
    const kWh = read(fields.kWh, "deviceLine.kWhInvalid", { max: inputLimits.kWhPerYearEachDevice });
    const kind = chosenKind ?? (model ? deviceEmbodiedDefaults[model].kind : undefined);
    if (Object.values(fields).some((field) => errors[field]) || !kind || count === undefined || lifetime === undefined) continue;
    devices.push({
      kind,
      description,
      count,
      ...(model ? { model } : {}),
      ...(embodied !== undefined ? { embodiedKgCO2eEach: embodied } : {}),
      lifetimeYears: lifetime,
      ...(kWh !== undefined ? { electricityKWhPerYearEach: kWh } : {}),
    });
  }

  const dataGB = read("dataGB", "dataGB.invalid", { max: inputLimits.gbPerYear });
  const usersRegion = text(values, "usersRegion");
  if (usersRegion && !(electricityRegions as readonly string[]).includes(usersRegion)) errors.usersRegion = "region.required";
  const functionalUnit = text(values, "functionalUnit");
  if (functionalUnit && !(functionalUnitKinds as readonly string[]).includes(functionalUnit)) errors.functionalUnit = "functionalUnit.required";
  const unitCount = read("functionalUnitCount", "functionalUnitCount.invalid", { integer: true, min: 1, max: inputLimits.functionalUnitsPerYear });
  if (functionalUnit) missing("functionalUnitCount", "functionalUnitCount.required");
  else if (unitCount !== undefined) errors.functionalUnit = "functionalUnit.required";

  const anyLine = lines(HOSTING_LINES).some((line) => hostingLineFilled(values, line)) || lines(DEVICE_LINES).some((line) => deviceLineFilled(values, line));
  if (!anyLine && !text(values, "dataGB")) errors[hostingLineFields(1).kWh] = "footprint.nothingDeclared";
  if (Object.keys(errors).length > 0) return refuse(errors);

  const declaration = serviceFootprintDeclarationSchema.safeParse({
    hosting,
    devices,
    ...(dataGB !== undefined ? { dataTransferredGBPerYear: dataGB } : {}),
    ...(usersRegion ? { usersRegion } : {}),
    ...(functionalUnit && unitCount !== undefined ? { functionalUnit: { kind: functionalUnit, countPerYear: unitCount } } : {}),
  });
  // Each field was checked above; the rules engine's schema also checks them together.
  return declaration.success ? accept(declaration.data) : refuse({ form: "footprint.invalid" });
}

/**
 * The form's values from a saved declaration, every line in its own group, for the page to show it again; the
 * lines the declaration does not use are blank (a hosting line's region is Great Britain, as before).
 */
export function footprintFormValues(declaration: ServiceFootprintDeclaration | undefined): Record<string, string> {
  const number = (value: number | undefined) => (value === undefined ? "" : String(value));
  const values: Record<string, string> = {};
  for (const line of lines(HOSTING_LINES)) {
    const hosting = declaration?.hosting[line - 1];
    const fields = hostingLineFields(line);
    values[fields.region] = hosting?.region ?? "GB";
    values[fields.kWh] = number(hosting?.electricityKWhPerYear);
    values[fields.pue] = number(hosting?.powerUsageEffectiveness);
  }
  for (const line of lines(DEVICE_LINES)) {
    const device = declaration?.devices[line - 1];
    const fields = deviceLineFields(line);
    values[fields.description] = device?.description ?? "";
    values[fields.model] = device?.model ?? "";
    values[fields.kind] = device?.kind ?? "";
    values[fields.count] = number(device?.count);
    values[fields.embodied] = number(device?.embodiedKgCO2eEach);
    values[fields.lifetime] = number(device?.lifetimeYears);
    values[fields.kWh] = number(device?.electricityKWhPerYearEach);
  }
  values.dataGB = number(declaration?.dataTransferredGBPerYear);
  values.usersRegion = declaration?.usersRegion ?? "";
  values.functionalUnit = declaration?.functionalUnit?.kind ?? "";
  values.functionalUnitCount = number(declaration?.functionalUnit?.countPerYear);
  return values;
}
