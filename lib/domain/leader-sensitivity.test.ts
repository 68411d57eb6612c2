import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exact, quotient } from "./exact";
import { candidateMoves, describeLeaderSensitivity, leaderSensitivity, smallestMove } from "./leader-sensitivity";
import { rankByTotals, weightedTotal } from "./ranking";
import { whatIf } from "./what-if";
import { computeResults } from "./results";

type Row = { supplierId: string; normalised: number[] };

function sensitivity(decimalRows: Row[], weights: number[], criterionIds = weights.map((_, k) => `c${k + 1}`)) {
  const rows = decimalRows.map((row) => ({ supplierId: row.supplierId, normalised: row.normalised.map(exact) }));
  const totals = new Map(rows.map((row) => [row.supplierId, weightedTotal(row.normalised, weights)]));
  const ranking = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: totals.get(row.supplierId)! })));
  return leaderSensitivity(rows, totals, ranking, criterionIds, weights);
}

describe("leader sensitivity", () => {
  it("names the supplier that is really first after the move (fast-check seed -340922456)", () => {
    // Weights 1 / 99. s4 leads on 62.125; s1 has 50 and s3 37.875. Moving 33 points from c2 to c1 is the
    // smallest move that brings s1 level — and the same move brings s3 level too, further: at 34 / 66 the
    // totals are s3 50.25, s1 50, s4 49.75. The statement must name s3, not s1.
    const rows = [
      { supplierId: "s1", normalised: [0.5, 0.5] },
      { supplierId: "s3", normalised: [0.75, 0.375] },
      { supplierId: "s4", normalised: [0.25, 0.625] },
    ];
    const move = sensitivity(rows, [1, 99]);
    expect(move).toMatchObject({
      leaderId: "s4",
      challengerId: "s3",
      firstAfterMove: ["s3"],
      fromCriterionId: "c2",
      toCriterionId: "c1",
      points: 33,
      fromWeight: 66,
      toWeight: 34,
    });
    expect(move!.summary.en).toBe("Moving 33 percentage points of weight from c2 to c1 would put s3 first, ahead of s4.");
    expect(move!.summary.cy).toBe("Byddai symud 33 pwynt canran o bwysoliad o c2 i c1 yn rhoi s3 yn gyntaf, o flaen s4.");
  });

  it("the same counterexample through the engine and what-if", () => {
    const scale = { points: [0, 1, 2, 3, 4].map((value) => ({ value, descriptor: { en: "x", cy: "x" } })) };
    const scored = (first: number[], second: number[]) => ({
      expectedEvaluators: ["e1", "e2"],
      scores: [first, second].map((scores) => scores.map((score, i) => ({ evaluatorId: `e${i + 1}`, score }))),
    });
    const results = computeResults({
      criteria: [{ id: "br2.2025.zero-waste-targets", weight: 1, rule: "BR2" }, { id: "outcome.sustainable-design", weight: 99, rule: "OTHER" }],
      scale,
      divergenceThreshold: 4,
      suppliers: [
        { supplierId: "s1", gateFailures: [], gatesPending: [], ...scored([1, 3], [0, 4]) },
        { supplierId: "s3", gateFailures: [], gatesPending: [], ...scored([4, 2], [0, 3]) },
        { supplierId: "s4", gateFailures: [], gatesPending: [], ...scored([2, 0], [2, 3]) },
      ],
    });
    const move = results.leaderSensitivity!;
    expect(move.challengerId).toBe("s3");
    const moved = whatIf(results, { [move.fromCriterionId]: move.fromWeight, [move.toCriterionId]: move.toWeight });
    expect(moved.ok && moved.ranking.filter((r) => r.rank === 1).map((r) => r.supplierId)).toEqual(["s3"]);
  });

  it("says 'level with' when the leader only shares first place, and lists everyone sharing it", () => {
    // s1 leads on 60; s2 and s3 both have 40.
    const rows = [
      { supplierId: "s1", normalised: [0, 1] },
      { supplierId: "s2", normalised: [1, 0] },
      { supplierId: "s3", normalised: [1, 0] },
    ];
    const move = sensitivity(rows, [40, 60]);
    // 10 points from c2 to c1 makes 50 / 50: all three level.
    expect(move).toMatchObject({ leaderId: "s1", challengerId: "s2", firstAfterMove: ["s1", "s2", "s3"], points: 10 });
    expect(move!.summary.en).toBe("Moving 10 percentage points of weight from c2 to c1 would bring s2 and s3 level with s1 in first place.");
    expect(move!.summary.cy).toBe("Byddai symud 10 pwynt canran o bwysoliad o c2 i c1 yn dod â s2 a s3 yn gyfartal â s1 yn y safle cyntaf.");
  });

  it("names suppliers and criteria in each language when given their names, never by id", () => {
    const rows = [
      { supplierId: "s1", normalised: [0, 1] },
      { supplierId: "s2", normalised: [1, 0] },
      { supplierId: "s3", normalised: [1, 0] },
    ];
    const move = sensitivity(rows, [40, 60])!;
    const names: Record<string, { en: string; cy: string }> = {
      s1: { en: "Blue Cloud Ltd", cy: "Cwmwl Glas Cyf" }, s2: { en: "Greenbyte", cy: "Greenbyte" }, s3: { en: "Oak IT", cy: "TG Derwen" },
      c1: { en: "Net zero", cy: "Sero net" }, c2: { en: "Circular economy", cy: "Economi gylchol" },
    };
    const text = describeLeaderSensitivity(move, { supplier: (id) => names[id], criterion: (id) => names[id] });
    expect(text.en).toBe("Moving 10 percentage points of weight from Circular economy to Net zero would bring Greenbyte and Oak IT level with Blue Cloud Ltd in first place.");
    expect(text.cy).toBe("Byddai symud 10 pwynt canran o bwysoliad o Economi gylchol i Sero net yn dod â Greenbyte a TG Derwen yn gyfartal â Cwmwl Glas Cyf yn y safle cyntaf.");
  });

  it("says 'joint first' when several pass the leader together, with Welsh 'ac'/'ag' before a vowel", () => {
    const rows = [
      { supplierId: "alpha", normalised: [0.5, 0.5] },
      { supplierId: "ant", normalised: [0.75, 0.375] },
      { supplierId: "owl", normalised: [0.75, 0.375] },
      { supplierId: "zed", normalised: [0.25, 0.625] },
    ];
    const move = sensitivity(rows, [1, 99]);
    expect(move).toMatchObject({ leaderId: "zed", challengerId: "ant", firstAfterMove: ["ant", "owl"], points: 33 });
    expect(move!.summary.en).toBe("Moving 33 percentage points of weight from c2 to c1 would put ant and owl joint first, ahead of zed.");
    expect(move!.summary.cy).toBe("Byddai symud 33 pwynt canran o bwysoliad o c2 i c1 yn rhoi ant ac owl yn gydradd gyntaf, o flaen zed.");
    const level = sensitivity([{ supplierId: "s1", normalised: [0, 1] }, { supplierId: "s2", normalised: [1, 0] }], [40, 60], ["a", "b"]);
    expect(level!.summary.en).toBe("Moving 10 percentage points of weight from b to a would bring s2 level with s1 in first place.");
    const welshVowel = sensitivity([{ supplierId: "eagle", normalised: [0, 1] }, { supplierId: "s2", normalised: [1, 0] }], [40, 60]);
    expect(welshVowel!.summary.cy).toContain("yn dod â s2 yn gyfartal ag eagle yn y safle cyntaf.");
  });

  it("is null when first place is shared, when only one supplier is ranked, or when no move can change it", () => {
    expect(sensitivity([{ supplierId: "s1", normalised: [1, 0] }, { supplierId: "s2", normalised: [0, 1] }], [50, 50])).toBeNull();
    expect(sensitivity([{ supplierId: "s1", normalised: [1, 0] }], [50, 50])).toBeNull();
    expect(sensitivity([{ supplierId: "s1", normalised: [1, 1] }, { supplierId: "s2", normalised: [0, 0] }], [50, 50])).toBeNull();
  });
});

describe("the search for the smallest move", () => {
  // Normalised scores as means of up to three evaluators on a 0–4 scale (k/12), so that totals often tie or fall
  // within 0.01 of each other, with weights that may be 0 and suppliers scored alike: the search that passes over
  // challengers must find exactly the move the exhaustive search puts first.
  const tender = fc.integer({ min: 2, max: 6 }).chain((criteria) =>
    fc.record({
      weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: criteria, maxLength: criteria }),
      // Some suppliers scored exactly as others are, as in a large tender.
      rows: fc
        .array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: criteria, maxLength: criteria }), { minLength: 2, maxLength: 12 })
        .chain((rows) => fc.subarray(rows).map((copies) => [...rows, ...copies])),
    }),
  );

  it("finds the first of all candidate moves, or none when there are none", () => {
    fc.assert(
      fc.property(tender, ({ weights, rows: scores }) => {
        const rows = scores.map((normalised, index) => ({ supplierId: `s${String(index).padStart(2, "0")}`, normalised: normalised.map((twelfths) => quotient(twelfths, 12)) }));
        const totals = new Map(rows.map((row) => [row.supplierId, weightedTotal(row.normalised, weights)]));
        const ranking = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: totals.get(row.supplierId)! })));
        if (ranking[1].rank === 1) return;
        const leaderId = ranking[0].supplierId;
        expect(smallestMove(rows, totals, leaderId, weights)).toEqual(candidateMoves(rows, totals, leaderId, weights)[0] ?? null);
      }),
      { numRuns: 2000 },
    );
  });
});
