import { dateInWords } from "../dates";
import { combine, component, percentText, yesNo, type Component, type PreScoreContext, type Strength } from "./components";

function tierComponent(share: number, tier: 1 | 2, percent: number | undefined): Component {
  if (percent === undefined) {
    return component(share, 0, `TIER_${tier}_UNKNOWN`, { en: `No tier ${tier} figure.`, cy: `Dim ffigur haen ${tier}.` });
  }
  return component(share, percent / 100, `TIER_${tier}_DATA`, {
    en: `${percentText(percent)} of tier ${tier} suppliers (by spend) have data.`,
    cy: `Mae data ar gael ar gyfer ${percentText(percent)} o’r cyflenwyr haen ${tier} (yn ôl gwariant).`,
  }, { percent });
}

/** 2020: tier 1 coverage (60 %) and tier 2 coverage (40 %). */
export function supplyChainData(context: PreScoreContext): Strength {
  const chain = context.evidence.supplyChain ?? {};
  return combine([tierComponent(0.6, 1, chain.tier1PercentWithData), tierComponent(0.4, 2, chain.tier2PercentWithData)]);
}

/** 2020: a current modern slavery statement and a current MSAT, half each. */
export function modernSlavery(context: PreScoreContext): Strength {
  const { modernSlaveryStatement: statement, msat } = context.evidence;
  return combine([
    yesNo(0.5, statement !== undefined, "MODERN_SLAVERY_STATEMENT",
      {
        en: `Current modern slavery statement (financial year ending ${dateInWords(statement?.financialYearEnd, "en")}).`,
        cy: `Datganiad caethwasiaeth fodern cyfredol (blwyddyn ariannol yn dod i ben ${dateInWords(statement?.financialYearEnd, "cy")}).`,
      },
      { en: "No current modern slavery statement.", cy: "Dim datganiad caethwasiaeth fodern cyfredol." }),
    yesNo(0.5, msat !== undefined, "MSAT",
      { en: `MSAT completed (as at ${dateInWords(msat?.asAt, "en")}).`, cy: `MSAT wedi’i gwblhau (fel yr oedd ar ${dateInWords(msat?.asAt, "cy")}).` },
      { en: "No current MSAT.", cy: "Dim MSAT cyfredol." }),
  ]);
}

/** 2025: high-risk areas mapped with mitigation (70 %), supported by tier 2 coverage (30 %). */
export function highRiskMapping(context: PreScoreContext): Strength {
  const chain = context.evidence.supplyChain ?? {};
  return combine([
    yesNo(0.7, chain.highRiskAreasMappedWithMitigation, "HIGH_RISK_MAPPED",
      { en: "High-risk areas mapped, with mitigation.", cy: "Meysydd risg uchel wedi’u mapio, gyda chamau lliniaru." },
      { en: "High-risk areas not mapped.", cy: "Nid yw meysydd risg uchel wedi’u mapio." }),
    tierComponent(0.3, 2, chain.tier2PercentWithData),
  ]);
}

const cdpValue = { A: 1, "A-": 0.9, B: 0.8, "B-": 0.7, C: 0.6, "C-": 0.5, D: 0.4, "D-": 0.3, F: 0 } as const;
const medalName = {
  platinum: { en: "platinum medal", cy: "medal platinwm" },
  gold: { en: "gold medal", cy: "medal aur" },
  silver: { en: "silver medal", cy: "medal arian" },
  bronze: { en: "bronze medal", cy: "medal efydd" },
  none: { en: "no medal", cy: "dim medal" },
} as const;

/**
 * 2025: a common reporting framework, open-data KPIs and climate-resilience reporting, a third each. The framework
 * third is the better of a current CDP score (A = 1 down to F = 0 in tenths) and a current EcoVadis rating (its
 * score out of 100, the figure its medals are drawn from), so a supplier rated by either earns credit.
 */
export function reportingResilience(context: PreScoreContext): Strength {
  const chain = context.evidence.supplyChain ?? {};
  const { cdp, ecoVadis } = context.evidence;
  const cdpComponent = cdp
    ? component(1 / 3, cdpValue[cdp.score], "CDP", {
        en: `CDP score ${cdp.score} (as at ${dateInWords(cdp.asAt, "en")}).`,
        cy: `Sgôr CDP ${cdp.score} (fel yr oedd ar ${dateInWords(cdp.asAt, "cy")}).`,
      }, { score: cdp.score, asAt: cdp.asAt })
    : null;
  const ecoVadisComponent = ecoVadis
    ? component(1 / 3, ecoVadis.score / 100, "ECOVADIS", {
        en: `EcoVadis score ${ecoVadis.score} out of 100, ${medalName[ecoVadis.medal].en} (as at ${dateInWords(ecoVadis.asAt, "en")}).`,
        cy: `Sgôr EcoVadis ${ecoVadis.score} allan o 100, ${medalName[ecoVadis.medal].cy} (fel yr oedd ar ${dateInWords(ecoVadis.asAt, "cy")}).`,
      }, { score: ecoVadis.score, medal: ecoVadis.medal, asAt: ecoVadis.asAt })
    : null;
  const framework = [cdpComponent, ecoVadisComponent].filter((found): found is Component => found !== null).sort((a, b) => b.value - a.value)[0]
    ?? component(1 / 3, 0, "NO_CDP", { en: "No current CDP score or EcoVadis rating.", cy: "Dim sgôr CDP na sgôr EcoVadis sy’n gyfredol." });
  return combine([
    framework,
    yesNo(1 / 3, chain.openDataKpis, "OPEN_DATA_KPIS",
      { en: "KPIs published as open data.", cy: "Dangosyddion perfformiad allweddol wedi’u cyhoeddi fel data agored." },
      { en: "KPIs not published as open data.", cy: "Nid yw’r dangosyddion perfformiad allweddol wedi’u cyhoeddi fel data agored." }),
    yesNo(1 / 3, chain.climateResilienceReporting, "CLIMATE_RESILIENCE",
      { en: "Climate-resilience reporting in place.", cy: "Adrodd ar gydnerthedd hinsawdd ar waith." },
      { en: "No climate-resilience reporting.", cy: "Dim adrodd ar gydnerthedd hinsawdd." }),
  ]);
}
