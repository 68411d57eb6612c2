import type { AssessmentCriterionResolved } from "../assessment-criteria";
import { checkCarbonReductionPlan } from "../carbon-reduction-plan";
import { creditableEvidence, evidenceValidity } from "../evidence/evidence-validity";
import { estimateFootprint } from "../footprint/estimate-footprint";
import { preScore, type PreScore } from "../pre-score/pre-score";
import { problem, type Problem } from "../text";
import type { AssessmentConfig, Supplier } from "./case-schema";
import type { SupplierResult } from "./result-schema";

type SupplierFindings = Pick<SupplierResult, "carbonReductionPlan" | "gates" | "evidence" | "flags" | "preScores" | "footprint"> & {
  gateFailures: Problem[];
  gatesPending: Problem[];
};

/** Everything about one supplier that does not depend on evaluators' scores: gates, evidence, pre-scores, footprint. */
export function assessSupplierEvidence(
  supplier: Supplier,
  config: AssessmentConfig,
  criteria: readonly AssessmentCriterionResolved[],
): SupplierFindings {
  const planCheck = checkCarbonReductionPlan(supplier.carbonReductionPlan, {
    nation: config.buyer.nation,
    assessmentDate: config.assessmentDate,
  });
  const validity = evidenceValidity(supplier.evidence, config.assessmentDate);
  const gateFailures: Problem[] = [];
  const gatesPending: Problem[] = [];
  const gates = config.gates.map((gate) => {
    if (gate.kind === "carbon-reduction-plan") {
      if (!planCheck.passed) gateFailures.push(...planCheck.failures);
      return { gateId: gate.id, kind: gate.kind, result: planCheck.passed ? ("pass" as const) : ("fail" as const) };
    }
    const recorded = supplier.gateResults[gate.id];
    if (recorded === "fail") {
      gateFailures.push(problem("GATE.FAILED", {
        en: `Does not meet the condition of participation “${gate.question.en}”, so the tender is not assessed further.`,
        cy: `Nid yw’n bodloni’r amod cymryd rhan “${gate.question.cy}”, felly nid yw’r tendr yn cael ei asesu ymhellach.`,
      }, { path: ["gateResults", gate.id], params: { gateId: gate.id } }));
    } else if (recorded === undefined) {
      gatesPending.push(problem("GATE.RESULT_MISSING", {
        en: `No pass or fail is recorded for gate ${gate.id}.`,
        cy: `Ni chofnodwyd pasio na methu ar gyfer amod ${gate.id}.`,
      }, { path: ["gateResults", gate.id], params: { gateId: gate.id } }));
    }
    return { gateId: gate.id, kind: gate.kind, result: recorded ?? ("pending" as const) };
  });
  const context = {
    evidence: creditableEvidence(supplier.evidence, validity.items),
    plan: supplier.carbonReductionPlan,
    planCheck,
  };
  const preScores: PreScore[] = [];
  for (const { id, preScoreMethod } of criteria) if (preScoreMethod) preScores.push(preScore({ id, preScoreMethod }, context, config.scale));
  return {
    carbonReductionPlan: {
      gate: config.gates.some((gate) => gate.kind === "carbon-reduction-plan"),
      passed: planCheck.passed,
      failures: planCheck.failures,
      flags: planCheck.flags,
    },
    gates,
    evidence: validity.items,
    flags: [...validity.flags, ...planCheck.flags],
    preScores,
    footprint: supplier.serviceFootprint ? estimateFootprint(supplier.serviceFootprint, config.assessmentDate) : null,
    gateFailures,
    gatesPending,
  };
}
