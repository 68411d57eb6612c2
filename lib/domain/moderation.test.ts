import { describe, expect, it } from "vitest";
import { incompleteReason, moderate } from "./moderation";
import { computeResults } from "./results";
import { whatIf } from "./what-if";

describe("moderation", () => {
  it("agrees on the mean when scores are within the threshold, whatever the evaluators' order", () => {
    const a = moderate({ criterionId: "c", scores: [{ evaluatorId: "e2", score: 3 }, { evaluatorId: "e1", score: 2 }], expectedEvaluators: ["e1", "e2"], threshold: 1 });
    expect(a).toMatchObject({ agreedScore: 2.5, status: "agreed", scores: [{ evaluatorId: "e1" }, { evaluatorId: "e2" }] });
  });

  it("compares a spread with the threshold exactly, and prints numbers as they are shown", () => {
    // 0.3 − 0.1 is 0.19999999999999998 in floating point; exactly it is 0.2, equal to the threshold: not divergent.
    const within = moderate({ criterionId: "c", scores: [{ evaluatorId: "e1", score: 0.1 }, { evaluatorId: "e2", score: 0.3 }], expectedEvaluators: ["e1", "e2"], threshold: 0.2 });
    expect(within).toMatchObject({ status: "agreed", divergent: false, spread: 0.2, agreedScore: 0.2 });
    const apart = moderate({ criterionId: "c", scores: [{ evaluatorId: "e1", score: 0.1 }, { evaluatorId: "e2", score: 0.4 }], expectedEvaluators: ["e1", "e2"], threshold: 0.2 });
    expect(incompleteReason(apart, 0.2)?.message.en).toBe(
      "Evaluators' scores for c differ by 0.3, more than the allowed 0.2; record a consensus score with a rationale.",
    );
  });

  it("says a mean below the minimum score as the page shows it, and disregards the tender", () => {
    const scale = { points: [0, 1, 2, 3, 4].map((value) => ({ value, descriptor: { en: "x", cy: "x" } })) };
    const results = computeResults({
      criteria: [{ id: "c", weight: 100, rule: "BR1", minimumScore: 2.34 }],
      scale,
      divergenceThreshold: 4,
      suppliers: [{ supplierId: "s1", gateFailures: [], gatesPending: [], expectedEvaluators: ["e1", "e2", "e3"], scores: [[2, 2, 3].map((score, i) => ({ evaluatorId: `e${i + 1}`, score }))] }],
    });
    expect(results.suppliers[0].status).toBe("excluded");
    expect(results.suppliers[0].exclusionReasons[0].message).toEqual({
      en: "Scored 2.33 on c; the minimum is 2.34, so the tender is disregarded.",
      cy: "Sgoriodd 2.33 ar c; yr isafswm yw 2.34, felly caiff y tendr ei ddiystyru.",
    });
  });

  it("needs a moderated score when nobody without a conflict can score", () => {
    const m = moderate({ criterionId: "c", scores: [], expectedEvaluators: [], threshold: 1 });
    expect(m.status).toBe("missing-scores");
    expect(incompleteReason(m, 1)?.code).toBe("SCORING.NO_ELIGIBLE_EVALUATOR");
    expect(incompleteReason(moderate({ criterionId: "c", scores: [], expectedEvaluators: [], threshold: 1, consensus: { score: 2, rationale: "r" } }), 1)).toBeNull();
  });
});

describe("what-if", () => {
  const scale = { points: [0, 4].map((value) => ({ value, descriptor: { en: "x", cy: "x" } })) };
  const scored = (a: number, b: number) => ({ expectedEvaluators: ["e1"], scores: [a, b].map((score) => [{ evaluatorId: "e1", score }]) });
  const results = computeResults({
    criteria: [{ id: "a", weight: 50, rule: "BR1" }, { id: "b", weight: 50, rule: "BR2" }],
    scale,
    divergenceThreshold: 4,
    suppliers: [
      { supplierId: "s1", gateFailures: [], gatesPending: [], ...scored(4, 0) },
      { supplierId: "s2", gateFailures: [], gatesPending: [], ...scored(0, 3) },
    ],
  });

  it("re-ranks under other weights", () => {
    expect(results.ranking.map((r) => r.supplierId)).toEqual(["s1", "s2"]);
    const outcome = whatIf(results, { a: 20, b: 80 });
    expect(outcome.ok && outcome.ranking).toEqual([{ supplierId: "s2", rank: 1, total: 60 }, { supplierId: "s1", rank: 2, total: 20 }]);
  });

  it("refuses weights that are not a valid set", () => {
    const outcome = whatIf(results, { a: 20.5, c: 10 });
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual([
      "CONFIG.WHAT_IF_UNKNOWN_CRITERION",
      "CONFIG.WEIGHT_NOT_WHOLE",
      "CONFIG.WEIGHTS_TOTAL",
    ]);
  });
});
