import { z } from "zod";
import { carbonReductionPlanSchema, signatoryRoles, type CarbonReductionPlan } from "@/lib/domain/case/carbon-reduction-plan-schema";
import { cdpScores, ecoVadisMedals, epeatTiers, routeToNetZeroLevels, sbtiStatuses, supplierEvidenceSchema, type SupplierEvidence } from "@/lib/domain/case/evidence-schema";
import { inputLimits } from "@/lib/domain/case/limits";
import { londonDay } from "@/lib/domain/responses/deadline";
import type { EvidenceProfileContent } from "@/lib/domain/responses/evidence-copy";
import { parseDayMonthYear } from "@/lib/forms/decision-date";

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

/** Yes-or-no circular-economy policies, and the supply-chain figures and practices, that the rules engine reads. */
export const policyFields = ["circularIctPolicy", "designedForDurabilityRepairAndRecycling", "problematicSubstancesPhasedOut", "zeroWasteTarget", "recycledContentTarget", "noSingleUsePlastics"] as const;
export const supplyChainPercentFields = ["tier1PercentWithData", "tier2PercentWithData"] as const;
export const supplyChainPracticeFields = ["highRiskAreasMappedWithMitigation", "openDataKpis", "climateResilienceReporting"] as const;

export const fieldName = (kind: string, field: string) => `${kind}_${field}`;
const crpFields = ["crp_netZeroYear", "crp_baselineYear", "crp_baselineEmissions", "crp_periodStart", "crp_periodEnd", "crp_targets", "crp_measures", "crp_signatoryName", "crp_signatoryRole", "crp_signedOn", "crp_publicationUrl"];

/** Every date of the profile: each is typed as day, month and year (the GOV.UK date input). */
export const dateFields: readonly string[] = [
  "crp_periodStart", "crp_periodEnd", "crp_signedOn",
  ...datedItems.flatMap((item) => [...item.fields.filter((field) => "date" in field).map((field) => fieldName(item.kind, field.name)), fieldName(item.kind, "asAt"), fieldName(item.kind, "expiresOn")]),
];
export const dateParts = (name: string) => [`${name}Day`, `${name}Month`, `${name}Year`] as const;
const withDateParts = (name: string) => (dateFields.includes(name) ? [name, ...dateParts(name)] : [name]);

/** The form's fields in page order (a date's own name is where its problems are shown). */
export const evidenceProfileFields: string[] = [
  ...crpFields.slice(0, 5),
  ...emissionFields.flatMap((path) => [emissionName(path), `${emissionName(path)}Zero`]),
  ...crpFields.slice(5),
  ...datedItems.flatMap((item) => [...item.fields.map((field) => fieldName(item.kind, field.name)), fieldName(item.kind, "asAt"), fieldName(item.kind, "expiresOn")]),
  ...wasteFields.map((field) => fieldName("waste", field)),
  ...policyFields.map((field) => fieldName("policies", field)),
  ...supplyChainPercentFields.map((field) => fieldName("supplyChain", field)),
  ...supplyChainPracticeFields.map((field) => fieldName("supplyChain", field)),
  "version",
].flatMap(withDateParts);

/** An ISO date as the date input's day, month and year. */
function dateValues(name: string, iso: string | undefined): Record<string, string> {
  const [day, month, year] = dateParts(name);
  return iso ? { [day]: String(Number(iso.slice(8, 10))), [month]: String(Number(iso.slice(5, 7))), [year]: iso.slice(0, 4) } : { [day]: "", [month]: "", [year]: "" };
}

export const evidenceProfileSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
  const today = londonDay(new Date());
  const v = (name: string) => (values[name] ?? "").trim();
  const fail = (name: string, message: string) => {
    ctx.addIssue({ code: "custom", message, path: [name] });
    return undefined;
  };
  // A date is given when any of its day, month and year is; then it must be a real one.
  const given = (name: string) => (dateFields.includes(name) ? dateParts(name).some((part) => v(part)) : Boolean(v(name)));
  const date = (name: string) => {
    if (!given(name)) return undefined;
    const parsed = parseDayMonthYear(...(dateParts(name).map(v) as [string, string, string]), "evidenceDate");
    return "date" in parsed ? parsed.date : fail(name, parsed.error);
  };
  const yesNo = (name: string) => (v(name) === "yes" ? true : v(name) === "no" ? false : undefined);
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
    if (!given(asAtName)) {
      if (names.some(given)) fail(asAtName, "evidenceAsAt.required");
      continue;
    }
    const entry: Record<string, unknown> = { asAt: date(asAtName) };
    const expiresOn = date(fieldName(item.kind, "expiresOn"));
    if (expiresOn) entry.expiresOn = expiresOn;
    // Evidence stands at a day already come, and cannot expire before it.
    if (typeof entry.asAt === "string" && entry.asAt > today) fail(asAtName, "evidenceAsAt.future");
    else if (typeof entry.asAt === "string" && expiresOn && expiresOn < entry.asAt) fail(fieldName(item.kind, "expiresOn"), "evidenceExpiry.beforeAsAt");
    for (const field of item.fields as readonly { name: string; choices?: Choice; number?: "score"; url?: boolean; date?: boolean }[]) {
      const name = fieldName(item.kind, field.name);
      if (field.choices) entry[field.name] = field.choices.includes(v(name)) ? v(name) : fail(name, "evidenceChoice.required");
      else if (field.number) entry[field.name] = v(name) ? number(name, "evidenceScore.invalid", { integer: true, max: 100 }) : fail(name, "evidenceScore.required");
      else if (field.url) entry[field.name] = v(name) ? url(name) : fail(name, "webAddress.required");
      else if (field.date) entry[field.name] = given(name) ? date(name) : fail(name, "evidenceDate.required");
    }
    // A modern slavery statement covers a financial year that has ended by the day it stands at.
    if (item.kind === "modernSlaveryStatement" && typeof entry.financialYearEnd === "string" && typeof entry.asAt === "string" && entry.asAt < entry.financialYearEnd) {
      fail(asAtName, "evidenceAsAt.beforeYearEnd");
    }
    evidence[item.kind] = entry;
  }
  const waste = Object.fromEntries(wasteFields.map((field) => [field, number(fieldName("waste", field), "percent.invalid", { max: 100 })]).filter(([, value]) => value !== undefined));
  if (Object.keys(waste).length > 0) evidence.waste = waste;
  const policies = Object.fromEntries(policyFields.map((field) => [field, yesNo(fieldName("policies", field))]).filter(([, value]) => value !== undefined));
  if (Object.keys(policies).length > 0) evidence.policies = policies;
  const supplyChain = Object.fromEntries([
    ...supplyChainPercentFields.map((field) => [field, number(fieldName("supplyChain", field), "percent.invalid", { max: 100 })]),
    ...supplyChainPracticeFields.map((field) => [field, yesNo(fieldName("supplyChain", field))]),
  ].filter(([, value]) => value !== undefined));
  if (Object.keys(supplyChain).length > 0) evidence.supplyChain = supplyChain;

  const plan: Record<string, unknown> = {};
  const year = (name: string) => number(name, "year.invalid", { integer: true, min: 1990, max: 2200 });
  plan.netZeroYear = year("crp_netZeroYear");
  plan.baselineYear = year("crp_baselineYear");
  plan.baselineEmissionsTCO2e = number("crp_baselineEmissions", "tonnes.invalid", { max: inputLimits.tonnesCO2e });
  const start = date("crp_periodStart");
  const end = date("crp_periodEnd");
  if (start && end && end < start) fail("crp_periodEnd", "reportingPeriod.endBeforeStart");
  else if (start && end) plan.reportingPeriod = { start, end };
  else if (given("crp_periodStart") || given("crp_periodEnd")) fail(start ? "crp_periodEnd" : "crp_periodStart", "evidenceDate.required");
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
  if (v("crp_signatoryName") || given("crp_signedOn") || v("crp_signatoryRole")) {
    const signed = given("crp_signedOn") ? date("crp_signedOn") : fail("crp_signedOn", "evidenceDate.required");
    // A plan is signed on a day already come.
    const signedOn = signed && signed > today ? fail("crp_signedOn", "evidenceAsAt.future") : signed;
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
    Object.assign(values, dateValues(fieldName(item.kind, "asAt"), entry.asAt as string), dateValues(fieldName(item.kind, "expiresOn"), entry.expiresOn as string | undefined));
    for (const field of item.fields as readonly { name: string; date?: boolean }[]) {
      const value = entry[field.name];
      if (field.date) Object.assign(values, dateValues(fieldName(item.kind, field.name), value as string | undefined));
      else values[fieldName(item.kind, field.name)] = value === undefined ? "" : String(value);
    }
  }
  for (const field of wasteFields) {
    const value = evidence.waste?.[field];
    if (value !== undefined) values[fieldName("waste", field)] = String(value);
  }
  const yesNoText = (value: unknown) => (value === true ? "yes" : value === false ? "no" : "");
  for (const field of policyFields) values[fieldName("policies", field)] = yesNoText(evidence.policies?.[field]);
  for (const field of supplyChainPercentFields) values[fieldName("supplyChain", field)] = evidence.supplyChain?.[field] === undefined ? "" : String(evidence.supplyChain[field]);
  for (const field of supplyChainPracticeFields) values[fieldName("supplyChain", field)] = yesNoText(evidence.supplyChain?.[field]);
  const plan: CarbonReductionPlan = content.carbonReductionPlan ?? {};
  const text = (value: unknown) => (value === undefined ? "" : String(value));
  Object.assign(values, {
    crp_netZeroYear: text(plan.netZeroYear),
    crp_baselineYear: text(plan.baselineYear),
    crp_baselineEmissions: text(plan.baselineEmissionsTCO2e),
    ...dateValues("crp_periodStart", plan.reportingPeriod?.start),
    ...dateValues("crp_periodEnd", plan.reportingPeriod?.end),
    crp_targets: (plan.reductionTargets ?? []).map((target) => `${target.year}: ${target.reductionPercent}%`).join("\n"),
    crp_measures: (plan.environmentalManagementMeasures ?? []).join("\n"),
    crp_signatoryName: plan.declaration?.signatoryName ?? "",
    crp_signatoryRole: plan.declaration?.signatoryRole ?? "",
    ...dateValues("crp_signedOn", plan.declaration?.signedOn),
    crp_publicationUrl: plan.publicationUrl ?? "",
  });
  for (const path of emissionFields) {
    const emission = path.length === 1 ? plan.emissions?.[path[0] as "scope1" | "scope2"] : plan.emissions?.scope3?.[path[1] as "category4"];
    values[emissionName(path)] = text(emission?.tCO2e);
    values[`${emissionName(path)}Zero`] = emission?.zeroExplanation ?? "";
  }
  return values;
}
