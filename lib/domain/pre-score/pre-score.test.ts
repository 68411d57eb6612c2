import { describe, expect, it } from "vitest";
import type { CarbonReductionPlan } from "../case/carbon-reduction-plan-schema";
import type { SupplierEvidence } from "../case/evidence-schema";
import { checkCarbonReductionPlan } from "../carbon-reduction-plan";
import type { PreScoreMethod } from "../framework/types";
import { preScore } from "./pre-score";
import { nearestScalePoint } from "./scale-mapping";

const scale = { points: [0, 1, 2, 3, 4].map((value) => ({ value, descriptor: { en: "x", cy: "x" } })) };

function suggest(method: PreScoreMethod, evidence: SupplierEvidence, plan?: CarbonReductionPlan) {
  const planCheck = checkCarbonReductionPlan(plan, { nation: "england", assessmentDate: "2025-06-30" });
  return preScore({ id: "c", preScoreMethod: method }, { evidence, plan, planCheck }, scale);
}
const codes = (result: ReturnType<typeof suggest>) => result.reasons.map((r) => r.code.replace("PRESCORE.", ""));

describe("pre-scores", () => {
  it("credits a current EcoVadis rating as a common reporting framework, taking the better of it and CDP", () => {
    const ecoVadis = { score: 72, medal: "gold", asAt: "2025-03-01" } as const;
    const rated = suggest("br3-reporting-resilience", { ecoVadis });
    expect([rated.strength, codes(rated)]).toEqual([0.24, ["ECOVADIS", "NO_OPEN_DATA_KPIS", "NO_CLIMATE_RESILIENCE"]]);
    expect(rated.reasons[0].message).toEqual({ en: "EcoVadis score 72 out of 100, gold medal (as at 1 March 2025).", cy: "Sgôr EcoVadis 72 allan o 100, medal aur (fel yr oedd ar 1 Mawrth 2025)." });
    // A CDP B (0.8) beats an EcoVadis 72; a CDP C (0.6) does not.
    expect(codes(suggest("br3-reporting-resilience", { ecoVadis, cdp: { score: "B", asAt: "2025-01-01" } }))[0]).toBe("CDP");
    expect(codes(suggest("br3-reporting-resilience", { ecoVadis, cdp: { score: "C", asAt: "2025-01-01" } }))[0]).toBe("ECOVADIS");
    expect(codes(suggest("br3-reporting-resilience", {}))[0]).toBe("NO_CDP");
  });

  it("credits near-term targets and a commitment less than validated net-zero targets", () => {
    const nearTerm = suggest("br1-net-zero-commitment", { sbti: { status: "near-term-targets-set", asAt: "2025-01-01" } });
    expect([nearTerm.strength, nearTerm.suggestedScore, codes(nearTerm)]).toEqual([0.45, 2, ["SBTI_NEAR_TERM_TARGETS", "CRP_NONE"]]);
    const committed = suggest("br1-net-zero-commitment", { sbti: { status: "committed", asAt: "2025-01-01" } }, { netZeroYear: 2040 });
    // 0.6 × 0.5 for the commitment, 0.4 × 0.5 for a plan that commits but is incomplete.
    expect([committed.strength, committed.suggestedScore, codes(committed)]).toEqual([0.5, 2, ["SBTI_COMMITTED", "CRP_INCOMPLETE"]]);
  });

  it("credits ISO 14001 and the Carbon Trust level for mitigation", () => {
    const result = suggest("br1-mitigation-adaptation", {
      iso14001: { asAt: "2024-01-01" },
      carbonTrustRouteToNetZero: { level: "advancing", asAt: "2025-01-01" },
    });
    expect(result.strength).toBeCloseTo(0.25 + 0.25 * (2 / 3), 3);
    expect(result.reasons[3].message.cy).toBe("Llwybr at Sero Net yr Ymddiriedolaeth Garbon: Datblygu (fel yr oedd ar 1 Ionawr 2025).");
  });

  it("gives no progress credit without a baseline, or when emissions have not fallen", () => {
    expect(codes(suggest("br1-roadmap-progress", {}, { netZeroYear: 2060 }))).toEqual(["SBTI_NONE", "CRP_NONE", "PROGRESS_UNKNOWN"]);
    const risen: CarbonReductionPlan = {
      baselineEmissionsTCO2e: 100,
      emissions: { scope1: { tCO2e: 80 }, scope2: { tCO2e: 40 } },
    };
    expect(codes(suggest("br1-roadmap-progress", {}, risen))[2]).toBe("NO_PROGRESS");
  });

  it("reads falling shares and EPEAT tiers for rule 2", () => {
    const falling = suggest("br2-zero-landfill", { waste: { percentLandfilled: 15, percentReusedOrRecycled: 70, percentReusedOrRecycledPreviousYear: 75 } });
    expect([falling.strength, codes(falling)]).toEqual([0, ["LANDFILL", "REUSE_RECYCLING_NOT_RISING"]]);
    expect(falling.reasons[1].message.en).toBe("Reuse and recycling did not rise: from 75% to 70%.");
    const epeat = suggest("br2-circular-design", { epeat: { tier: "gold", asAt: "2025-01-01" }, tcoCertified: { asAt: "2025-01-01" } });
    expect(codes(epeat)[3]).toBe("EPEAT");
    const waste = suggest("br2-zero-waste-targets", { policies: { zeroWasteTarget: true, recycledContentTarget: true, noSingleUsePlastics: true } });
    expect([waste.strength, waste.suggestedScore]).toEqual([1, 4]);
  });

  it("reads the statement, MSAT, mapping and CDP for rule 3", () => {
    const slavery = suggest("br3-modern-slavery", {
      modernSlaveryStatement: { registryUrl: "https://example.org/s", financialYearEnd: "2024-12-31", asAt: "2025-03-01" },
      msat: { asAt: "2025-01-01" },
    });
    expect(slavery.suggestedScore).toBe(4);
    const mapping = suggest("br3-high-risk-mapping", { supplyChain: { highRiskAreasMappedWithMitigation: true } });
    expect([mapping.strength, codes(mapping)]).toEqual([0.7, ["HIGH_RISK_MAPPED", "TIER_2_UNKNOWN"]]);
    expect(codes(suggest("br3-reporting-resilience", {}))).toEqual(["NO_CDP", "NO_OPEN_DATA_KPIS", "NO_CLIMATE_RESILIENCE"]);
  });

  it("maps a strength to the nearest point of any scale, the lower one on a tie", () => {
    const uneven = { points: [0, 20, 40, 60, 80, 100].map((value) => ({ value, descriptor: { en: "x", cy: "x" } })) };
    expect(nearestScalePoint(0.5, uneven)).toBe(40);
    expect(nearestScalePoint(0.51, uneven)).toBe(60);
    expect(nearestScalePoint(1.7, scale)).toBe(4);
    expect(nearestScalePoint(-1, scale)).toBe(0);
  });
});
