// The rules engine's benchmark (run by scripts/bench-engine.mjs, `npm run bench:engine`): median time to assess 300
// suppliers × 60 criteria × 3 evaluators, against the time merely to copy the same input (structuredClone). The
// engine works on a case validated once at the boundary (parseAssessmentCase, timed on its own line); the target is
// the engine's, judged when run with --target (the bundled run).
import { assessCase, latestFramework, type AssessmentCaseInput } from "../lib/domain";
import { assessParsedCase, parseAssessmentCase } from "../lib/domain/case/assess-case";

const SUPPLIERS = 300;
const CRITERIA = 60;
const EVALUATORS = ["e1", "e2", "e3"];
const RUNS = 31;
const TARGET_MS = 25;
const judged = process.argv.includes("--target");

function buildCase(): AssessmentCaseInput {
  const fromFramework = latestFramework.criteria.map((c) => c.id);
  const criterionIds = Array.from({ length: CRITERIA }, (_, i) => fromFramework[i] ?? `custom-${i}`);
  // 40 criteria at 2 % and 20 at 1 %: whole numbers totalling 100.
  const criteria = criterionIds.map((id, i) => ({
    id,
    weight: i < 40 ? 2 : 1,
    ...(fromFramework[i] ? {} : { custom: { rule: "OTHER" as const, title: { en: `Criterion ${i}`, cy: `Maen prawf ${i}` }, question: { en: "?", cy: "?" } } }),
  }));
  const suppliers = Array.from({ length: SUPPLIERS }, (_, s) => ({
    id: `supplier-${String(s).padStart(3, "0")}`,
    name: `Supplier ${s}`,
    evidence: {
      sbti: { status: "near-term-targets-set" as const, asAt: "2025-01-01" },
      ecoVadis: { score: 60, medal: "silver" as const, asAt: "2024-03-01" },
      waste: { percentLandfilled: s % 10, percentReusedOrRecycled: 80, percentReusedOrRecycledPreviousYear: 75 },
      supplyChain: { tier1PercentWithData: s % 100, tier2PercentWithData: (s * 7) % 100 },
    },
    carbonReductionPlan: {
      netZeroYear: 2040 + (s % 10),
      baselineYear: 2019,
      baselineEmissionsTCO2e: 1000,
      reportingPeriod: { start: "2024-04-01", end: "2025-03-31" },
      emissions: {
        scope1: { tCO2e: 100 },
        scope2: { tCO2e: 200 },
        scope3: { category4: { tCO2e: 10 }, category5: { tCO2e: 5 }, category6: { tCO2e: 20 }, category7: { tCO2e: 30 }, category9: { tCO2e: 15 } },
      },
      reductionTargets: [{ year: 2030, reductionPercent: 50 }],
      environmentalManagementMeasures: ["Heat pumps"],
      declaration: { signatoryName: "A Director", signatoryRole: "director" as const, signedOn: "2025-05-01" },
      publicationUrl: `https://supplier-${s}.example/crp`,
    },
  }));
  // As in a real tender, one supplier leads alone (supplier 7, one point more on the first five criteria), so that the
  // engine searches for the smallest change of weights that would change first place.
  const score = (s: number, c: number, e: number) => Math.min(4, ((s * 3 + c) % 4) + (e === 2 && (s + c) % 3 === 0 ? 1 : 0) + (s === 7 && c < 5 ? 1 : 0));
  const scores = suppliers.flatMap((supplier, s) =>
    criterionIds.flatMap((criterionId, c) => EVALUATORS.map((evaluatorId, e) => ({ supplierId: supplier.id, criterionId, evaluatorId, score: score(s, c, e) }))),
  );
  return {
    assessment: {
      id: "bench",
      framework: { id: latestFramework.id, version: latestFramework.version },
      buyer: { nation: "wales", annualContractValue: 6_000_000 },
      assessmentDate: "2025-06-30",
      scale: { points: [0, 1, 2, 3, 4].map((value) => ({ value, descriptor: { en: `Point ${value}`, cy: `Pwynt ${value}` } })) },
      criteria,
      gates: [{ id: "crp", kind: "carbon-reduction-plan" }],
      evaluators: EVALUATORS.map((id) => ({ id })),
      divergenceThreshold: 1,
      whatIf: [{ name: "Flatter", weights: { [criterionIds[0]]: 1, [criterionIds[59]]: 2 } }],
    },
    suppliers,
    scores,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
  const samples: number[] = [];
  run(); // warm up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const input = buildCase();
const parsed = parseAssessmentCase(input);
if (!parsed.ok) {
  console.error("The benchmark case is invalid:", parsed.problems.slice(0, 3));
  process.exit(1);
}
const check = assessParsedCase(parsed.value);
const engine = time(() => assessParsedCase(parsed.value));
const validation = time(() => parseAssessmentCase(input));
const whole = time(() => assessCase(input));
const copy = time(() => structuredClone(input));
const ranked = check.result.ranking.length;
const leader = check.result.leaderSensitivity;
if (!leader) {
  console.error("The benchmark case should have a sole leader that a change of weights can overtake.");
  process.exit(1);
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`${SUPPLIERS} suppliers × ${CRITERIA} criteria × ${EVALUATORS.length} evaluators (${input.scores?.length} scores; ${ranked} ranked, ${check.result.incomplete.length} incomplete; ${leader.leaderId} leads alone, overtaken by moving ${leader.points} points), medians of ${RUNS}`);
console.log(`copy of the input (structuredClone), the baseline: ${ms(copy)}`);
const verdict = judged ? `; target < ${TARGET_MS} ms: ${engine < TARGET_MS ? "PASS" : "FAIL"}` : "";
console.log(`engine on a validated case (assessParsedCase): ${ms(engine)} = ${(engine / copy).toFixed(2)}× the copy${verdict}`);
console.log(`validating the case at the boundary (parseAssessmentCase): ${ms(validation)} = ${(validation / copy).toFixed(2)}× the copy`);
console.log(`both (assessCase, as npm run assess does): ${ms(whole)} = ${(whole / copy).toFixed(2)}× the copy`);
