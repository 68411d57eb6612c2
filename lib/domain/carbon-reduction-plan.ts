import type { CarbonReductionPlan, Emission } from "./case/carbon-reduction-plan-schema";
import type { Nation } from "./case/case-schema";
import { addMonths, compareDates, dateInWords, inclusiveDays, type IsoDate } from "./dates";
import { problem, type Bilingual, type Problem } from "./text";

export type CarbonReductionPlanCheck = {
  passed: boolean;
  /** Each missing or failing item: any one of these fails the gate. */
  failures: Problem[];
  /** Points for the specialist that do not fail the gate (a Welsh buyer and a net-zero year after 2030). */
  flags: Problem[];
};

export const LATEST_NET_ZERO_YEAR = 2050;
/** Wales aims for a net-zero public sector by 2030 (Net Zero Wales). */
export const WALES_PUBLIC_SECTOR_NET_ZERO_YEAR = 2030;

const emissionItems: readonly { key: string; label: Bilingual; pick: (p: CarbonReductionPlan) => Emission | undefined }[] = [
  { key: "scope1", label: { en: "Scope 1", cy: "Cwmpas 1" }, pick: (p) => p.emissions?.scope1 },
  { key: "scope2", label: { en: "Scope 2", cy: "Cwmpas 2" }, pick: (p) => p.emissions?.scope2 },
  ...([4, 5, 6, 7, 9] as const).map((n) => ({
    key: `scope3.category${n}`,
    label: { en: `Scope 3 category ${n}`, cy: `Cwmpas 3 categori ${n}` },
    pick: (p: CarbonReductionPlan) => p.emissions?.scope3?.[`category${n}`],
  })),
];

/**
 * The Carbon Reduction Plan gate of PPN 006 (England) and WPPN 006 (Wales): a plan fails when any
 * required item is missing, and every missing item is reported, not only the first. The items are those of the
 * PPN 006 Carbon Reduction Plan template (Annex A, April 2025) and the technical standard for completing it:
 * a commitment to net zero by 2050 at the latest; baseline year and emissions; current emissions for Scope 1,
 * Scope 2 and Scope 3 categories 4, 5, 6, 7 and 9 over a 12-month reporting period (a zero or "not applicable"
 * entry is allowed when explained); reduction targets; carbon reduction projects / environmental management
 * measures; the declaration and sign-off by the board of directors or equivalent; publication on the supplier's
 * website. A supplier whose plan fails does not meet the condition of participation: its tender is not assessed
 * further (not "excluded", the Procurement Act 2023's word for s.57 exclusion grounds).
 */
export function checkCarbonReductionPlan(
  plan: CarbonReductionPlan | undefined,
  context: { nation: Nation; assessmentDate: IsoDate },
): CarbonReductionPlanCheck {
  if (!plan) {
    const failure = problem("CRP.MISSING", {
      en: "No Carbon Reduction Plan was provided.",
      cy: "Ni ddarparwyd Cynllun Lleihau Carbon.",
    }, { path: ["carbonReductionPlan"] });
    return { passed: false, failures: [failure], flags: [] };
  }
  const failures = [
    ...netZeroFailures(plan),
    ...emissionFailures(plan),
    ...reportingPeriodFailures(plan, context.assessmentDate),
    ...otherItemFailures(plan),
  ];
  const flags: Problem[] = [];
  if (context.nation === "wales" && plan.netZeroYear !== undefined && plan.netZeroYear > WALES_PUBLIC_SECTOR_NET_ZERO_YEAR) {
    flags.push(problem("CRP.WALES_NET_ZERO_AFTER_2030", {
      en: `The plan commits to net zero by ${plan.netZeroYear}, after the Welsh public sector's 2030 aim.`,
      cy: `Mae’r cynllun yn ymrwymo i sero net erbyn ${plan.netZeroYear}, ar ôl nod sector cyhoeddus Cymru ar gyfer 2030.`,
    }, { path: ["carbonReductionPlan", "netZeroYear"], params: { netZeroYear: plan.netZeroYear } }));
  }
  return { passed: failures.length === 0, failures, flags };
}

function netZeroFailures(plan: CarbonReductionPlan): Problem[] {
  const path = ["carbonReductionPlan", "netZeroYear"];
  if (plan.netZeroYear === undefined) {
    return [problem("CRP.NET_ZERO_COMMITMENT_MISSING", {
      en: "The plan does not commit to a net-zero year.",
      cy: "Nid yw’r cynllun yn ymrwymo i flwyddyn sero net.",
    }, { path })];
  }
  if (plan.netZeroYear > LATEST_NET_ZERO_YEAR) {
    return [problem("CRP.NET_ZERO_AFTER_2050", {
      en: `The plan commits to net zero by ${plan.netZeroYear}; it must be 2050 at the latest.`,
      cy: `Mae’r cynllun yn ymrwymo i sero net erbyn ${plan.netZeroYear}; rhaid iddo fod yn 2050 fan bellaf.`,
    }, { path, params: { netZeroYear: plan.netZeroYear } })];
  }
  return [];
}

function emissionFailures(plan: CarbonReductionPlan): Problem[] {
  const failures: Problem[] = [];
  for (const { key, label, pick } of emissionItems) {
    const emission = pick(plan);
    // Where and what, made only for a failure: nearly every plan gives every item.
    const about = () => ({ path: ["carbonReductionPlan", "emissions", ...key.split(".")], params: { item: label.en } });
    if (!emission) {
      failures.push(problem("CRP.EMISSIONS_MISSING", {
        en: `${label.en} emissions (tCO2e) are missing.`,
        cy: `Mae allyriadau ${label.cy} (tCO2e) ar goll.`,
      }, about()));
    } else if (emission.tCO2e === 0 && !(emission.zeroExplanation ?? "").trim()) {
      failures.push(problem("CRP.ZERO_UNEXPLAINED", {
        en: `${label.en} emissions are reported as zero without an explanation.`,
        cy: `Mae allyriadau ${label.cy} wedi’u nodi fel sero heb esboniad.`,
      }, about()));
    }
  }
  return failures;
}

/**
 * The period must be 12 months (365 or 366 days counting both ends) and end within the 12 months
 * before the assessment date, never after it.
 */
function reportingPeriodFailures(plan: CarbonReductionPlan, assessmentDate: IsoDate): Problem[] {
  const path = ["carbonReductionPlan", "reportingPeriod"];
  const period = plan.reportingPeriod;
  if (!period) {
    return [problem("CRP.REPORTING_PERIOD_MISSING", {
      en: "The reporting period is missing.",
      cy: "Mae’r cyfnod adrodd ar goll.",
    }, { path })];
  }
  const failures: Problem[] = [];
  const days = inclusiveDays(period.start, period.end);
  if (days < 365 || days > 366) {
    failures.push(problem("CRP.REPORTING_PERIOD_NOT_12_MONTHS", {
      en: `The reporting period ${dateInWords(period.start, "en")} to ${dateInWords(period.end, "en")} is ${days} days long; it must be 12 months.`,
      cy: `Mae’r cyfnod adrodd ${dateInWords(period.start, "cy")} i ${dateInWords(period.end, "cy")} yn ${days} diwrnod o hyd; rhaid iddo fod yn 12 mis.`,
    }, { path, params: { start: period.start, end: period.end, days } }));
  }
  const earliestEnd = addMonths(assessmentDate, -12);
  if (compareDates(period.end, earliestEnd) < 0) {
    failures.push(problem("CRP.REPORTING_PERIOD_OUT_OF_DATE", {
      en: `The reporting period ends on ${dateInWords(period.end, "en")}; it must end on or after ${dateInWords(earliestEnd, "en")}, within the 12 months before the assessment date.`,
      cy: `Mae’r cyfnod adrodd yn dod i ben ar ${dateInWords(period.end, "cy")}; rhaid iddo ddod i ben ar ${dateInWords(earliestEnd, "cy")} neu wedi hynny, o fewn y 12 mis cyn dyddiad yr asesiad.`,
    }, { path: [...path, "end"], params: { end: period.end, earliestEnd } }));
  } else if (compareDates(period.end, assessmentDate) > 0) {
    failures.push(problem("CRP.REPORTING_PERIOD_NOT_ENDED", {
      en: `The reporting period ends on ${dateInWords(period.end, "en")}, after the assessment date ${dateInWords(assessmentDate, "en")}.`,
      cy: `Mae’r cyfnod adrodd yn dod i ben ar ${dateInWords(period.end, "cy")}, ar ôl dyddiad yr asesiad, ${dateInWords(assessmentDate, "cy")}.`,
    }, { path: [...path, "end"], params: { end: period.end, assessmentDate } }));
  }
  return failures;
}

function otherItemFailures(plan: CarbonReductionPlan): Problem[] {
  const failures: Problem[] = [];
  const missing = (code: string, field: string, en: string, cy: string) =>
    failures.push(problem(code, { en, cy }, { path: ["carbonReductionPlan", field] }));
  if (plan.baselineYear === undefined) {
    missing("CRP.BASELINE_YEAR_MISSING", "baselineYear", "The baseline year is missing.", "Mae blwyddyn y llinell sylfaen ar goll.");
  }
  if (!plan.reductionTargets || plan.reductionTargets.length === 0) {
    missing("CRP.REDUCTION_TARGETS_MISSING", "reductionTargets", "Emission reduction targets are missing.", "Mae’r targedau lleihau allyriadau ar goll.");
  }
  if (!(plan.environmentalManagementMeasures ?? []).some((measure) => measure.trim() !== "")) {
    missing(
      "CRP.ENVIRONMENTAL_MANAGEMENT_MEASURES_MISSING",
      "environmentalManagementMeasures",
      "Environmental management measures or carbon reduction projects are missing.",
      "Mae’r mesurau rheoli amgylcheddol neu’r prosiectau lleihau carbon ar goll.",
    );
  }
  const declaration = plan.declaration;
  if (!declaration || declaration.signatoryName.trim() === "") {
    missing("CRP.DECLARATION_MISSING", "declaration", "The signed declaration is missing.", "Mae’r datganiad wedi’i lofnodi ar goll.");
  } else if (declaration.signatoryRole === "other") {
    // PPN 006 Annex A (Carbon Reduction Plan template, April 2025): the declaration is signed off by the board of
    // directors "or equivalent" — a charity's trustees, a partnership's partners, another governing body.
    missing(
      "CRP.DECLARATION_NOT_BY_DIRECTOR",
      "declaration",
      "The declaration is not signed off by a director or an equivalent member of the governing body (trustee, partner), as the PPN 006 template (Annex A) asks.",
      "Nid yw’r datganiad wedi’i gymeradwyo gan gyfarwyddwr nac aelod cyfatebol o’r corff llywodraethu (ymddiriedolwr, partner), fel y mae templed PPN 006 (Atodiad A) yn ei ofyn.",
    );
  }
  if (!plan.publicationUrl) {
    missing(
      "CRP.PUBLICATION_URL_MISSING",
      "publicationUrl",
      "The web address where the plan is published is missing.",
      "Mae’r cyfeiriad gwe lle mae’r cynllun wedi’i gyhoeddi ar goll.",
    );
  }
  return failures;
}
