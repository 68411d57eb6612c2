import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessCase, type AssessOutcome } from "./case/assess-case";
import type { AssessmentCaseInput } from "./case/case-schema";
import { latestFramework } from "./framework/registry";

const frameworkIds = latestFramework.criteria.map((c) => c.id);

/** The scales buyers use: 0–4, 0–10, and 0–100 in steps of 5. */
const scales = [
  { name: "0–4", values: [0, 1, 2, 3, 4] },
  { name: "0–10", values: Array.from({ length: 11 }, (_, i) => i) },
  { name: "0–100 in 5s", values: Array.from({ length: 21 }, (_, i) => i * 5) },
] as const;

type Cell = number[]; // one score per evaluator

function caseOf(values: readonly number[], weights: readonly number[], suppliers: { id: string; cells: Cell[] }[]): AssessmentCaseInput {
  const evaluators = suppliers[0].cells[0].map((_, i) => ({ id: `e${i + 1}` }));
  const criterionIds = frameworkIds.slice(0, weights.length);
  return {
    assessment: {
      id: "equal-totals",
      framework: { id: latestFramework.id, version: latestFramework.version },
      buyer: { nation: "wales", annualContractValue: 1_000_000 },
      assessmentDate: "2025-06-30",
      scale: { points: values.map((value) => ({ value, descriptor: { en: `Point ${value}`, cy: `Pwynt ${value}` } })) },
      criteria: criterionIds.map((id, i) => ({ id, weight: weights[i] })),
      gates: [],
      evaluators,
      // No divergence: every cell counts, so every supplier is ranked.
      divergenceThreshold: values[values.length - 1] - values[0],
    },
    suppliers: suppliers.map((s) => ({ id: s.id, name: s.id })),
    scores: suppliers.flatMap((s) =>
      s.cells.flatMap((cell, c) => cell.map((score, e) => ({ supplierId: s.id, criterionId: criterionIds[c], evaluatorId: `e${e + 1}`, score }))),
    ),
  };
}

function mustAssess(input: AssessmentCaseInput): Extract<AssessOutcome, { ok: true }> {
  const outcome = assessCase(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

/**
 * Weights totalling 100 with two equal ones not first: swapping those two criteria's scores gives a twin supplier
 * whose exact total equals the original's, though floating point adds the same numbers in another grouping.
 */
const weightsWithPair = fc
  .array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 4 })
  .map((others) => {
    const rest = others.map((w, i) => (i === 0 && others.reduce((a, b) => a + b, 0) % 2 === 1 ? w + 1 : w));
    const pair = (100 - rest.reduce((a, b) => a + b, 0)) / 2;
    return { weights: [rest[0], pair, pair, ...rest.slice(1)], pairAt: 1 };
  });

const scenario = (values: readonly number[]) =>
  fc
    .record({ evaluatorCount: fc.integer({ min: 2, max: 4 }), others: fc.integer({ min: 0, max: 4 }), shape: weightsWithPair })
    .chain(({ evaluatorCount, others, shape }) => {
      const cell = fc.array(fc.constantFrom(...values), { minLength: evaluatorCount, maxLength: evaluatorCount });
      const cells = fc.array(cell, { minLength: shape.weights.length, maxLength: shape.weights.length });
      return fc.record({
        shape: fc.constant(shape),
        original: cells,
        others: fc.array(cells, { minLength: others, maxLength: others }),
        evaluatorOrder: fc.array(fc.nat(), { minLength: shape.weights.length, maxLength: shape.weights.length }),
        order: fc.array(fc.nat(), { minLength: others + 2, maxLength: others + 2 }),
      });
    });

/** A rotation of each criterion's scores among the evaluators: the same scores, given by other people. */
const rotate = (cell: Cell, by: number) => cell.map((_, i) => cell[(i + by) % cell.length]);

describe.each(scales)("on a $name scale", ({ values }) => {
  it("suppliers with exactly equal totals share a rank and show the same total, with 2–4 evaluators", () => {
    fc.assert(
      fc.property(scenario(values), ({ shape, original, others, evaluatorOrder }) => {
        const { weights, pairAt } = shape;
        const twin = original.map((_, c) => rotate(c === pairAt ? original[c + 1] : c === pairAt + 1 ? original[c - 1] : original[c], evaluatorOrder[c]));
        const suppliers = [{ id: "original", cells: original }, { id: "twin", cells: twin }, ...others.map((cells, i) => ({ id: `other${i + 1}`, cells }))];
        const { result } = mustAssess(caseOf(values, weights, suppliers));
        const a = result.ranking.find((r) => r.supplierId === "original")!;
        const b = result.ranking.find((r) => r.supplierId === "twin")!;
        expect(b.total).toBe(a.total);
        expect(b.rank).toBe(a.rank);
        expect(Number.isInteger(Math.round(a.total * 100))).toBe(true);
        expect(String(a.total)).toMatch(/^\d+(\.\d{1,2})?$/);
      }),
    );
  });

  it("the order suppliers come in never changes a rank or a total", () => {
    fc.assert(
      fc.property(scenario(values), ({ shape, original, others, order }) => {
        const suppliers = [original, ...others].map((cells, i) => ({ id: `s${i + 1}`, cells }));
        const shuffled = suppliers.map((s, i) => ({ s, key: order[i] })).sort((x, y) => x.key - y.key).map((x) => x.s);
        const ranks = (list: typeof suppliers) => mustAssess(caseOf(values, shape.weights, list)).result.ranking;
        expect(ranks(shuffled)).toEqual(ranks(suppliers));
      }),
    );
  });
});

describe("a total that floating point would round apart", () => {
  it("66.375 exactly is 66.38 for both suppliers, and they share first place", () => {
    // Weights 45, 26, 26, 3 on 0–100 in 5s, two evaluators. The twin has criteria 2 and 3 swapped, so its exact total
    // is the same 531/8 = 66.375. Adding in floating point gives 66.37499999999999 for one and 66.375 for the other,
    // and Math.round(x * 100) / 100 showed them as 66.37 and 66.38, ranked apart.
    const values = scales[2].values;
    const original = [[65, 80], [40, 95], [60, 60], [40, 0]];
    const twin = [original[0], original[2], original[1], original[3]];
    const { result } = mustAssess(caseOf(values, [45, 26, 26, 3], [{ id: "original", cells: original }, { id: "twin", cells: twin }]));
    expect(result.ranking).toEqual([
      { supplierId: "original", rank: 1, total: 66.38 },
      { supplierId: "twin", rank: 1, total: 66.38 },
    ]);
  });
});

describe("agreed scores in the result", () => {
  it("are rounded half up to two decimals, as pages and messages print them", () => {
    const values = scales[0].values;
    const { result } = mustAssess(caseOf(values, [100], [{ id: "s1", cells: [[2, 2, 3]] }]));
    // 7/3: the engine totals with the exact mean (58.33 = 100 × 7/12) and shows it as 2.33.
    expect(result.suppliers[0].criteria[0]).toMatchObject({ agreedScore: 2.33, normalisedScore: 0.5833, spread: 1 });
    expect(result.ranking[0].total).toBe(58.33);
  });
});
