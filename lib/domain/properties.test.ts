import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessCase, type AssessOutcome } from "./case/assess-case";
import type { AssessmentCaseInput } from "./case/case-schema";
import { latestFramework } from "./framework/registry";
import { whatIf } from "./what-if";

const frameworkIds = latestFramework.criteria.map((c) => c.id);
const completePlan = {
  netZeroYear: 2040,
  baselineYear: 2019,
  reportingPeriod: { start: "2024-01-01", end: "2024-12-31" },
  emissions: {
    scope1: { tCO2e: 10 },
    scope2: { tCO2e: 20 },
    scope3: { category4: { tCO2e: 1 }, category5: { tCO2e: 1 }, category6: { tCO2e: 1 }, category7: { tCO2e: 1 }, category9: { tCO2e: 1 } },
  },
  reductionTargets: [{ year: 2030, reductionPercent: 50 }],
  environmentalManagementMeasures: ["Heat pumps"],
  declaration: { signatoryName: "A Director", signatoryRole: "director" as const, signedOn: "2025-01-10" },
  publicationUrl: "https://supplier.example/crp",
};

/** Whole-number weights totalling 100, one per criterion. */
const weightsArb = (count: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return points.slice(1).map((point, index) => point - points[index]);
  });

type Options = { divergence: boolean; partial: boolean };

const caseArb = ({ divergence, partial }: Options) =>
  fc
    .record({
      criterionCount: fc.integer({ min: 1, max: 5 }),
      supplierCount: fc.integer({ min: 1, max: 6 }),
      evaluatorCount: fc.integer({ min: 1, max: 3 }),
      threshold: divergence ? fc.integer({ min: 0, max: 4 }) : fc.constant(4),
    })
    .chain(({ criterionCount, supplierCount, evaluatorCount, threshold }) =>
      fc.record({
        criterionIds: fc.shuffledSubarray(frameworkIds, { minLength: criterionCount, maxLength: criterionCount }),
        weights: weightsArb(criterionCount),
        minimums: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), { minLength: criterionCount, maxLength: criterionCount }),
        hasPlan: fc.array(fc.boolean(), { minLength: supplierCount, maxLength: supplierCount }),
        scores: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: partial ? null : undefined, freq: partial ? 5 : Number.MAX_SAFE_INTEGER }), {
          minLength: supplierCount * criterionCount * evaluatorCount,
          maxLength: supplierCount * criterionCount * evaluatorCount,
        }),
        evaluatorCount: fc.constant(evaluatorCount),
        threshold: fc.constant(threshold),
      }),
    )
    .map(({ criterionIds, weights, minimums, hasPlan, scores, evaluatorCount, threshold }): AssessmentCaseInput => {
      const evaluators = Array.from({ length: evaluatorCount }, (_, i) => ({ id: `e${i + 1}` }));
      const suppliers = hasPlan.map((plan, i) => ({
        id: `s${i + 1}`,
        name: `Supplier ${i + 1}`,
        ...(plan ? { carbonReductionPlan: completePlan } : {}),
      }));
      let n = 0;
      const scoreList = suppliers.flatMap((s) =>
        criterionIds.flatMap((criterionId) =>
          evaluators.flatMap((e) => {
            const score = scores[n++];
            return score === null || score === undefined ? [] : [{ supplierId: s.id, criterionId, evaluatorId: e.id, score }];
          }),
        ),
      );
      return {
        assessment: {
          id: "property",
          framework: { id: latestFramework.id, version: latestFramework.version },
          buyer: { nation: "wales", annualContractValue: 1_000_000 },
          assessmentDate: "2025-06-30",
          scale: { points: [0, 1, 2, 3, 4].map((value) => ({ value, descriptor: { en: `Point ${value}`, cy: `Pwynt ${value}` } })) },
          criteria: criterionIds.map((id, i) => ({ id, weight: weights[i], ...(minimums[i] === undefined ? {} : { minimumScore: minimums[i] }) })),
          gates: [{ id: "crp", kind: "carbon-reduction-plan" }],
          evaluators,
          divergenceThreshold: threshold,
        },
        suppliers,
        scores: scoreList,
      };
    });

function mustAssess(input: AssessmentCaseInput): Extract<AssessOutcome, { ok: true }> {
  const outcome = assessCase(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

const totalsOf = (outcome: Extract<AssessOutcome, { ok: true }>) =>
  new Map(outcome.result.suppliers.map((s) => [s.supplierId, s.total]));

describe("properties of the results", () => {
  it("raising one score never lowers that supplier's total nor changes anyone else's", () => {
    fc.assert(
      fc.property(caseArb({ divergence: false, partial: false }), fc.nat(), fc.integer({ min: 1, max: 4 }), (input, pick, rise) => {
        const scores = input.scores ?? [];
        const index = pick % scores.length;
        const raised = { ...input, scores: scores.map((s, i) => (i === index ? { ...s, score: Math.min(4, s.score + rise) } : s)) };
        const before = totalsOf(mustAssess(input));
        const after = totalsOf(mustAssess(raised));
        const raisedId = scores[index].supplierId;
        for (const [supplierId, total] of before) {
          if (supplierId !== raisedId) expect(after.get(supplierId)).toBe(total);
          else if (total !== null) expect(after.get(supplierId)!).toBeGreaterThanOrEqual(total);
        }
      }),
    );
  });

  it("raising a consensus score never lowers the total", () => {
    fc.assert(
      fc.property(caseArb({ divergence: true, partial: true }), fc.nat(), fc.integer({ min: 0, max: 3 }), (input, pick, base) => {
        const supplier = input.suppliers[pick % input.suppliers.length].id;
        const criterionId = input.assessment.criteria[pick % input.assessment.criteria.length].id;
        const withConsensus = (score: number) => ({ ...input, moderatedScores: [{ supplierId: supplier, criterionId, score, rationale: "Agreed" }] });
        const before = totalsOf(mustAssess(withConsensus(base))).get(supplier);
        const after = totalsOf(mustAssess(withConsensus(base + 1))).get(supplier);
        if (before !== null && before !== undefined) expect(after!).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("the order of suppliers, evaluators or scores never changes the results", () => {
    fc.assert(
      fc.property(caseArb({ divergence: true, partial: true }), fc.integer(), (input, seed) => {
        const shuffle = <T,>(items: readonly T[]) => fc.sample(fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length }), { seed, numRuns: 1 })[0];
        const reordered = {
          ...input,
          assessment: { ...input.assessment, evaluators: shuffle(input.assessment.evaluators) },
          suppliers: shuffle(input.suppliers),
          scores: shuffle(input.scores ?? []),
        };
        expect(mustAssess(reordered).result).toEqual(mustAssess(input).result);
      }),
    );
  });

  it("a supplier failing a gate is never ranked, and totals stay within 0–100", () => {
    fc.assert(
      fc.property(caseArb({ divergence: true, partial: true }), (input) => {
        const { result } = mustAssess(input);
        const ranked = new Set(result.ranking.map((r) => r.supplierId));
        for (const supplier of input.suppliers) {
          if (!supplier.carbonReductionPlan) {
            expect(ranked.has(supplier.id)).toBe(false);
            expect(result.suppliers.find((s) => s.supplierId === supplier.id)!.status).toBe("excluded");
          }
        }
        for (const entry of result.ranking) {
          expect(entry.total).toBeGreaterThanOrEqual(0);
          expect(entry.total).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("what-if with the original weights equals the result, and the leader sensitivity move really changes first place", () => {
    fc.assert(
      fc.property(caseArb({ divergence: false, partial: false }), (input) => {
        const { result, scoring } = mustAssess(input);
        const original = Object.fromEntries(input.assessment.criteria.map((c) => [c.id, c.weight]));
        for (const weights of [{}, original]) {
          const outcome = whatIf(scoring, weights);
          expect(outcome.ok && outcome.ranking).toEqual(result.ranking);
          expect(outcome.ok && outcome.leaderSensitivity).toEqual(result.leaderSensitivity);
        }
        const move = result.leaderSensitivity;
        if (move) {
          const moved = whatIf(scoring, { [move.fromCriterionId]: move.fromWeight, [move.toCriterionId]: move.toWeight });
          if (!moved.ok) throw new Error("the suggested move must be valid weights");
          const first = moved.ranking.filter((r) => r.rank === 1).map((r) => r.supplierId);
          // The statement names who is really first after the move, not merely a supplier the move lifts.
          expect(first).toContain(move.challengerId);
          expect(move.firstAfterMove).toEqual(first);
          expect(move.challengerId).toBe(first.find((id) => id !== move.leaderId));
          for (const id of first) expect(move.summary.en).toContain(id);
        }
      }),
    );
  });
});
