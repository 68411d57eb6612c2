import { z } from "zod";
import { signatoryRoles } from "@/lib/domain/case/carbon-reduction-plan-schema";
import { inputLimits } from "@/lib/domain/case/limits";
import { carbonReductionPlanSchema, type CarbonReductionPlan } from "@/lib/domain/case/carbon-reduction-plan-schema";
import { cdpScores, ecoVadisMedals, epeatTiers, routeToNetZeroLevels, sbtiStatuses, supplierEvidenceSchema, type SupplierEvidence } from "@/lib/domain/case/evidence-schema";
import type { EvidenceProfileContent } from "@/lib/domain/responses/evidence-copy";

// The evidence profile form: flat string fields, turned into the rules engine's shape ({ evidence, carbonReductionPlan }).
// Messages are keys of the "errors" catalogue namespace.

type Choice = readonly string[];
/** A dated item: its own fields (a choice, a number or a web address) and the as-at and expiry dates. */
export const datedItems = [
  { kind: "sbti", fields: [{ name: "status", choices: sbtiStatuses }] },
  { kind: "cdp", fields: [{ name: "score", choices: cdpScores }] },
  { kind: "ecoVadis", fields: [{ name: "score", number: "score" }, { name: "medal", choices: ecoVadisMedals }] },
  { kind: "epeat", fields: [{ name: "tier", choices: epeatTiers }] },
  { kind: "tcoCertified", fields: [] },
  { kind: "iso14001", fields: [] },
  { kind: "carbonTrustRouteToNetZero", fields: [{ name: "level", choices: routeToNetZeroLevels }] },
  { kind: "modernSlaveryStatement", fields: [{ name: "registryUrl", url: true }, { name: "financialYearEnd", date: true }] },
  { kind: "msat", fields: [] },
] as const satisfies readonly { kind: keyof SupplierEvidence; fields: readonly { name: string; choices?: Choice; number?: "score"; url?: boolean; date?: boolean }[] }[];

export const wasteFields = ["percentLandfilled", "percentReusedOrRecycled", "percentReusedOrRecycledPreviousYear", "percentRefurbishedOrRemanufactured", "percentRefurbishedOrRemanufacturedPreviousYear"] as const;
export const emissionFields = [["scope1"], ["scope2"], ["scope3", "category4"], ["scope3", "category5"], ["scope3", "category6"], ["scope3", "category7"], ["scope3", "category9"]] as const;
export const emissionName = (path: readonly string[]) => `crp_${path[path.length - 1]}`;

export const fieldName = (kind: string, field: string) => `${kind}_${field}`;
const crpFields = ["crp_netZeroYear", "crp_baselineYear", "crp_baselineEmissions", "crp_periodStart", "crp_periodEnd", "crp_targets", "crp_measures", "crp_signatoryName", "crp_signatoryRole", "crp_signedOn", "crp_publicationUrl"];

export const evidenceProfileFields: string[] = [
  ...crpFields.slice(0, 5),
  ...emissionFields.flatMap((path) => [emissionName(path), `${emissionName(path)}Zero`]),
  ...crpFields.slice(5),
  ...datedItems.flatMap((item) => [...item.fields.map((field) => fieldName(item.kind, field.name)), fieldName(item.kind, "asAt"), fieldName(item.kind, "expiresOn")]),
  ...wasteFields.map((field) => fieldName("waste", field)),
  "version",
];

/** "27/3/2026", "27 3 2026" or "2026-03-27" as an ISO date, or null when it is no real date. */
export function parseDay(text: string): string | null {
  const match = /^(\d{1,2})[/\s.-](\d{1,2})[/\s.-](\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [day, month, year] = text.includes("-") && match[1].length === 4 ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return z.iso.date().safeParse(iso).success ? iso : null;
}

export const showDay = (iso: string | undefined) => (iso ? `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}` : "");

export const evidenceProfileSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
  const v = (name: string) => (values[name] ?? "").trim();
  const fail = (name: string, message: string) => {
    ctx.addIssue({ code: "custom", message, path: [name] });
    return undefined;
  };
  const date = (name: string) => (v(name) ? parseDay(v(name)) ?? fail(name, "evidenceDate.invalid") : undefined);
  const number = (name: string, key: string, { integer = false, max = Number.MAX_SAFE_INTEGER, min = 0 } = {}) => {
    const text = v(name).replace(/,/g, "");
    if (!text) return undefined;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || (integer && !Number.isInteger(value)) || value < min || value > max) return fail(name, key);
    return value;
  };
  const url = (name: string) => (v(name) ? (z.url({ protocol: /^https?$/ }).safeParse(v(name)).success ? v(name) : fail(name, "webAddress.invalid")) : undefined);

  const evidence: Record<string, unknown> = {};
  for (const item of datedItems) {
    const names = [...item.fields.map((field) => fieldName(item.kind, field.name)), fieldName(item.kind, "expiresOn")];
    const asAtName = fieldName(item.kind, "asAt");
    if (!v(asAtName)) {
      if (names.some((name) => v(name))) fail(asAtName, "evidenceAsAt.required");
      continue;
    }
    const entry: Record<string, unknown> = { asAt: date(asAtName) };
    const expiresOn = date(fieldName(item.kind, "expiresOn"));
    if (expiresOn) entry.expiresOn = expiresOn;
    for (const field of item.fields as readonly { name: string; choices?: Choice; number?: "score"; url?: boolean; date?: boolean }[]) {
      const name = fieldName(item.kind, field.name);
      if (field.choices) entry[field.name] = field.choices.includes(v(name)) ? v(name) : fail(name, "evidenceChoice.required");
      else if (field.number) entry[field.name] = v(name) ? number(name, "evidenceScore.invalid", { integer: true, max: 100 }) : fail(name, "evidenceScore.required");
      else if (field.url) entry[field.name] = v(name) ? url(name) : fail(name, "webAddress.required");
      else if (field.date) entry[field.name] = v(name) ? date(name) : fail(name, "evidenceDate.required");
    }
    evidence[item.kind] = entry;
  }
  const waste = Object.fromEntries(wasteFields.map((field) => [field, number(fieldName("waste", field), "percent.invalid", { max: 100 })]).filter(([, value]) => value !== undefined));
  if (Object.keys(waste).length > 0) evidence.waste = waste;

  const plan: Record<string, unknown> = {};
  const year = (name: string) => number(name, "year.invalid", { integer: true, min: 1990, max: 2200 });
  plan.netZeroYear = year("crp_netZeroYear");
  plan.baselineYear = year("crp_baselineYear");
  plan.baselineEmissionsTCO2e = number("crp_baselineEmissions", "tonnes.invalid", { max: inputLimits.tonnesCO2e });
  const start = date("crp_periodStart");
  const end = date("crp_periodEnd");
  if (start && end) plan.reportingPeriod = { start, end };
  else if (v("crp_periodStart") || v("crp_periodEnd")) fail(start ? "crp_periodEnd" : "crp_periodStart", "evidenceDate.required");
  const emissions: Record<string, Record<string, unknown>> = {};
  for (const path of emissionFields) {
    const name = emissionName(path);
    const tCO2e = number(name, "tonnes.invalid", { max: inputLimits.tonnesCO2e });
    if (tCO2e === undefined) continue;
    const emission = { tCO2e, ...(v(`${name}Zero`) ? { zeroExplanation: v(`${name}Zero`) } : {}) };
    if (path.length === 1) emissions[path[0]] = emission;
    else (emissions.scope3 ??= {})[path[1]] = emission;
  }
  if (Object.keys(emissions).length > 0) plan.emissions = emissions;
  const targets = v("crp_targets").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (targets.length > 0) {
    const parsed = targets.map((line) => /^(\d{4})\s*[:,-]\s*(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(line));
    if (parsed.some((match) => !match || Number(match[2]) > 100)) fail("crp_targets", "targets.invalid");
    else plan.reductionTargets = parsed.map((match) => ({ year: Number(match![1]), reductionPercent: Number(match![2]) }));
  }
  const measures = v("crp_measures").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (measures.length > 0) plan.environmentalManagementMeasures = measures;
  if (v("crp_signatoryName") || v("crp_signedOn") || v("crp_signatoryRole")) {
    const signedOn = v("crp_signedOn") ? date("crp_signedOn") : fail("crp_signedOn", "evidenceDate.required");
    const role = (signatoryRoles as readonly string[]).includes(v("crp_signatoryRole")) ? v("crp_signatoryRole") : fail("crp_signatoryRole", "signatoryRole.required");
    const name = v("crp_signatoryName") || fail("crp_signatoryName", "signatoryName.required");
    if (signedOn && role && name) plan.declaration = { signatoryName: name, signatoryRole: role, signedOn };
  }
  plan.publicationUrl = url("crp_publicationUrl");
  for (const key of Object.keys(plan)) if (plan[key] === undefined) delete plan[key];
  if (ctx.issues.length > 0) return z.NEVER;
  const content: EvidenceProfileContent = { evidence: supplierEvidenceSchema.parse(evidence) };
  if (Object.keys(plan).length > 0) content.carbonReductionPlan = carbonReductionPlanSchema.parse(plan);
  return content;
});

/** The profile as the form's values, for changing it. */
export function evidenceProfileValues(content: EvidenceProfileContent): Record<string, string> {
  const values: Record<string, string> = {};
  const evidence = (content.evidence ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const item of datedItems) {
    const entry = evidence[item.kind];
    if (!entry) continue;
    values[fieldName(item.kind, "asAt")] = showDay(entry.asAt as string);
    values[fieldName(item.kind, "expiresOn")] = showDay(entry.expiresOn as string | undefined);
    for (const field of item.fields as readonly { name: string; date?: boolean }[]) {
      const value = entry[field.name];
      values[fieldName(item.kind, field.name)] = field.date ? showDay(value as string | undefined) : value === undefined ? "" : String(value);
    }
  }
  for (const field of wasteFields) {
    const value = evidence.waste?.[field];
    if (value !== undefined) values[fieldName("waste", field)] = String(value);
  }
  const plan: CarbonReductionPlan = content.carbonReductionPlan ?? {};
  const text = (value: unknown) => (value === undefined ? "" : String(value));
  Object.assign(values, {
    crp_netZeroYear: text(plan.netZeroYear),
    crp_baselineYear: text(plan.baselineYear),
    crp_baselineEmissions: text(plan.baselineEmissionsTCO2e),
    crp_periodStart: showDay(plan.reportingPeriod?.start),
    crp_periodEnd: showDay(plan.reportingPeriod?.end),
    crp_targets: (plan.reductionTargets ?? []).map((target) => `${target.year}: ${target.reductionPercent}%`).join("\n"),
    crp_measures: (plan.environmentalManagementMeasures ?? []).join("\n"),
    crp_signatoryName: plan.declaration?.signatoryName ?? "",
    crp_signatoryRole: plan.declaration?.signatoryRole ?? "",
    crp_signedOn: showDay(plan.declaration?.signedOn),
    crp_publicationUrl: plan.publicationUrl ?? "",
  });
  for (const path of emissionFields) {
    const emission = path.length === 1 ? plan.emissions?.[path[0] as "scope1" | "scope2"] : plan.emissions?.scope3?.[path[1] as "category4"];
    values[emissionName(path)] = text(emission?.tCO2e);
    values[`${emissionName(path)}Zero`] = emission?.zeroExplanation ?? "";
  }
  return values;
}
