import { dateInWords } from "../dates";
import { formatNumber } from "../number-text";
import type { CarbonReductionPlan } from "../case/carbon-reduction-plan-schema";
import { LATEST_NET_ZERO_YEAR } from "../carbon-reduction-plan";
import { combine, component, percentText, yesNo, type Component, type PreScoreContext, type Strength } from "./components";

const sbtiCommitmentValue = { "net-zero-targets-set": 1, "near-term-targets-set": 0.75, committed: 0.5 } as const;
const sbtiTargetsValue = { "net-zero-targets-set": 1, "near-term-targets-set": 0.75, committed: 0.25 } as const;

function sbtiComponent(share: number, context: PreScoreContext, values: Record<keyof typeof sbtiCommitmentValue, number>): Component {
  const sbti = context.evidence.sbti;
  // A removed commitment never reaches here: creditableEvidence drops it.
  if (!sbti || sbti.status === "commitment-removed") {
    return component(share, 0, "SBTI_NONE", { en: "No current SBTi commitment.", cy: "Dim ymrwymiad SBTi cyfredol." });
  }
  const asAt = sbti.asAt;
  const value = values[sbti.status];
  if (sbti.status === "net-zero-targets-set") {
    return component(share, value, "SBTI_NET_ZERO_TARGETS", {
      en: `SBTi: net-zero targets validated (as at ${dateInWords(asAt, "en")}).`,
      cy: `SBTi: targedau sero net wedi’u dilysu (fel yr oedd ar ${dateInWords(asAt, "cy")}).`,
    }, { asAt });
  }
  if (sbti.status === "near-term-targets-set") {
    return component(share, value, "SBTI_NEAR_TERM_TARGETS", {
      en: `SBTi: near-term targets validated (as at ${dateInWords(asAt, "en")}).`,
      cy: `SBTi: targedau tymor agos wedi’u dilysu (fel yr oedd ar ${dateInWords(asAt, "cy")}).`,
    }, { asAt });
  }
  return component(share, value, "SBTI_COMMITTED", {
    en: `SBTi: committed, targets not yet validated (as at ${dateInWords(asAt, "en")}).`,
    cy: `SBTi: wedi ymrwymo, targedau heb eu dilysu eto (fel yr oedd ar ${dateInWords(asAt, "cy")}).`,
  }, { asAt });
}

function planComponent(share: number, context: PreScoreContext, partialValue: number): Component {
  const year = context.plan?.netZeroYear;
  if (context.planCheck.passed) {
    return component(share, 1, "CRP_COMPLETE", {
      en: `The Carbon Reduction Plan meets every requirement, with net zero by ${year}.`,
      cy: `Mae’r Cynllun Lleihau Carbon yn bodloni pob gofyniad, gyda sero net erbyn ${year}.`,
    }, { netZeroYear: year ?? null });
  }
  if (year !== undefined && year <= LATEST_NET_ZERO_YEAR) {
    return component(share, partialValue, "CRP_INCOMPLETE", {
      en: `The Carbon Reduction Plan commits to net zero by ${year} but is incomplete.`,
      cy: `Mae’r Cynllun Lleihau Carbon yn ymrwymo i sero net erbyn ${year} ond nid yw’n gyflawn.`,
    }, { netZeroYear: year });
  }
  return component(share, 0, "CRP_NONE", {
    en: "No Carbon Reduction Plan that commits to net zero by 2050.",
    cy: "Dim Cynllun Lleihau Carbon sy’n ymrwymo i sero net erbyn 2050.",
  });
}

/** 2020: a science-based commitment (60 %) and a Carbon Reduction Plan (40 %). */
export function netZeroCommitment(context: PreScoreContext): Strength {
  return combine([sbtiComponent(0.6, context, sbtiCommitmentValue), planComponent(0.4, context, 0.5)]);
}

const routeToNetZeroValue = { leading: 1, advancing: 2 / 3, "taking-action": 1 / 3 } as const;
const routeToNetZeroName = {
  leading: { en: "Leading", cy: "Arwain" },
  advancing: { en: "Advancing", cy: "Datblygu" },
  "taking-action": { en: "Taking Action", cy: "Gweithredu" },
} as const;

/** 2020: reduction targets, management measures, ISO 14001 and Carbon Trust recognition. */
export function mitigationAdaptation(context: PreScoreContext): Strength {
  const targets = context.plan?.reductionTargets?.length ?? 0;
  const measures = (context.plan?.environmentalManagementMeasures ?? []).filter((m) => m.trim() !== "").length;
  const iso = context.evidence.iso14001;
  const route = context.evidence.carbonTrustRouteToNetZero;
  return combine([
    yesNo(0.3, targets > 0, "REDUCTION_TARGETS",
      { en: `Reduction targets set (${targets}).`, cy: `Targedau lleihau wedi’u gosod (${targets}).` },
      { en: "No reduction targets.", cy: "Dim targedau lleihau." }),
    yesNo(0.2, measures > 0, "MANAGEMENT_MEASURES",
      { en: `Environmental management measures described (${measures}).`, cy: `Mesurau rheoli amgylcheddol wedi’u disgrifio (${measures}).` },
      { en: "No environmental management measures described.", cy: "Dim mesurau rheoli amgylcheddol wedi’u disgrifio." }),
    yesNo(0.25, iso !== undefined, "ISO_14001",
      { en: `ISO 14001 certified (as at ${dateInWords(iso?.asAt, "en")}).`, cy: `Ardystiad ISO 14001 (fel yr oedd ar ${dateInWords(iso?.asAt, "cy")}).` },
      { en: "No current ISO 14001 certificate.", cy: "Dim tystysgrif ISO 14001 gyfredol." }),
    route
      ? component(0.25, routeToNetZeroValue[route.level], "ROUTE_TO_NET_ZERO", {
          en: `Carbon Trust Route to Net Zero: ${routeToNetZeroName[route.level].en} (as at ${dateInWords(route.asAt, "en")}).`,
          cy: `Llwybr at Sero Net yr Ymddiriedolaeth Garbon: ${routeToNetZeroName[route.level].cy} (fel yr oedd ar ${dateInWords(route.asAt, "cy")}).`,
        }, { level: route.level, asAt: route.asAt })
      : component(0.25, 0, "NO_ROUTE_TO_NET_ZERO", {
          en: "No current Carbon Trust Route to Net Zero certification.",
          cy: "Dim ardystiad cyfredol gan Lwybr at Sero Net yr Ymddiriedolaeth Garbon.",
        }),
  ]);
}

function reportedTotal(plan: CarbonReductionPlan): number | undefined {
  const e = plan.emissions;
  if (!e?.scope1 || !e.scope2) return undefined;
  const scope3 = Object.values(e.scope3 ?? {}).reduce((sum, item) => sum + (item?.tCO2e ?? 0), 0);
  return e.scope1.tCO2e + e.scope2.tCO2e + scope3;
}

/** A 50 % cut from the baseline earns full credit for progress: the halving by 2030 that near-term science-based targets imply. */
const FULL_PROGRESS_REDUCTION = 0.5;

/** 2025: validated targets (40 %), a complete plan (20 %) and measured progress against the baseline (40 %). */
export function roadmapProgress(context: PreScoreContext): Strength {
  const plan = context.plan;
  const baseline = plan?.baselineEmissionsTCO2e;
  const current = plan ? reportedTotal(plan) : undefined;
  let progress: ReturnType<typeof component>;
  if (baseline === undefined || current === undefined || baseline <= 0) {
    progress = component(0.4, 0, "PROGRESS_UNKNOWN", {
      en: "No baseline and current emissions to compare.",
      cy: "Dim allyriadau llinell sylfaen a phresennol i’w cymharu.",
    });
  } else if (current < baseline) {
    const reduction = (baseline - current) / baseline;
    const percent = percentText(reduction * 100);
    progress = component(0.4, reduction / FULL_PROGRESS_REDUCTION, "PROGRESS", {
      en: `Emissions are ${percent} below the baseline year (${plan?.baselineYear ?? "year not given"}).`,
      cy: `Mae’r allyriadau ${percent} yn is na blwyddyn y llinell sylfaen (${plan?.baselineYear ?? "ni roddwyd y flwyddyn"}).`,
    }, { reductionPercent: Number(formatNumber(reduction * 100, 1)) });
  } else {
    progress = component(0.4, 0, "NO_PROGRESS", {
      en: "Emissions are not below the baseline.",
      cy: "Nid yw’r allyriadau yn is na’r llinell sylfaen.",
    });
  }
  return combine([sbtiComponent(0.4, context, sbtiTargetsValue), planComponent(0.2, context, 0), progress]);
}
