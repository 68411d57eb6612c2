import { problem, type Problem } from "../text";
import type { AssessmentCase } from "./case-schema";

const TOLERANCE = 1e-9;

/**
 * Checks that tie the case together: every score names a known supplier, criterion and evaluator,
 * sits on the scale, is given once, and does not come from an evaluator with a conflict of interest.
 */
export function checkCaseReferences(input: AssessmentCase): Problem[] {
  const { assessment } = input;
  const problems: Problem[] = [];
  const suppliers = new Set<string>();
  input.suppliers.forEach((supplier, index) => {
    if (suppliers.has(supplier.id)) {
      problems.push(problem("CASE.SUPPLIER_DUPLICATE", {
        en: `Supplier ${supplier.id} appears more than once.`,
        cy: `Mae cyflenwr ${supplier.id} yn ymddangos fwy nag unwaith.`,
      }, { path: ["suppliers", index, "id"], params: { supplierId: supplier.id } }));
    }
    suppliers.add(supplier.id);
    const passFail = new Set(assessment.gates.filter((g) => g.kind === "pass-fail").map((g) => g.id));
    for (const gateId of Object.keys(supplier.gateResults).sort()) {
      if (passFail.has(gateId)) continue;
      problems.push(problem("CASE.GATE_RESULT_UNKNOWN_GATE", {
        en: `A result is recorded for ${gateId}, which is not a pass-fail gate of this assessment.`,
        cy: `Mae canlyniad wedi’i gofnodi ar gyfer ${gateId}, nad yw’n amod pasio neu fethu yn yr asesiad hwn.`,
      }, { path: ["suppliers", index, "gateResults", gateId], params: { gateId } }));
    }
  });
  const criteria = new Set(assessment.criteria.map((c) => c.id));
  const conflicts = new Map(assessment.evaluators.map((e) => [e.id, new Set(e.conflictsOfInterest)]));
  const points = assessment.scale.points.map((p) => p.value);
  const onScale = (score: number) => points.some((value) => Math.abs(value - score) <= TOLERANCE);
  const scalePoints = points.join(", ");

  // A score is known by the positions of its supplier, criterion and evaluator (a number, not a joined string, for
  // tens of thousands of scores); one naming something unknown, by its ids.
  const supplierAt = new Map([...suppliers].map((id, at) => [id, at]));
  const criterionAt = new Map([...criteria].map((id, at) => [id, at]));
  const evaluatorAt = new Map(assessment.evaluators.map((e, at) => [e.id, at]));
  const scoreKey = (score: { supplierId: string; criterionId: string; evaluatorId: string }): number | string => {
    const s = supplierAt.get(score.supplierId);
    const c = criterionAt.get(score.criterionId);
    const e = evaluatorAt.get(score.evaluatorId);
    if (s === undefined || c === undefined || e === undefined) return `${score.supplierId}\u0000${score.criterionId}\u0000${score.evaluatorId}`;
    return (s * criterionAt.size + c) * evaluatorAt.size + e;
  };
  const seenScores = new Set<number | string>();
  input.scores.forEach((score, index) => {
    const path = ["scores", index];
    problems.push(...referenceProblems(score, path, suppliers, criteria));
    const evaluatorConflicts = conflicts.get(score.evaluatorId);
    if (!evaluatorConflicts) {
      problems.push(problem("CASE.SCORE_UNKNOWN_EVALUATOR", {
        en: `Evaluator ${score.evaluatorId} is not an evaluator of this assessment.`,
        cy: `Nid yw ${score.evaluatorId} yn un o werthuswyr yr asesiad hwn.`,
      }, { path: [...path, "evaluatorId"], params: { evaluatorId: score.evaluatorId } }));
    } else if (evaluatorConflicts.has(score.supplierId)) {
      problems.push(problem("CASE.SCORE_CONFLICT_OF_INTEREST", {
        en: `Evaluator ${score.evaluatorId} declared a conflict of interest with ${score.supplierId} and cannot score it.`,
        cy: `Mae ${score.evaluatorId} wedi datgan gwrthdaro buddiannau â ${score.supplierId} ac ni all ei sgorio.`,
      }, { path: [...path, "evaluatorId"], params: { evaluatorId: score.evaluatorId, supplierId: score.supplierId } }));
    }
    const key = scoreKey(score);
    if (seenScores.has(key)) {
      problems.push(problem("CASE.SCORE_DUPLICATE", {
        en: `${score.evaluatorId} has already scored ${score.supplierId} on ${score.criterionId}.`,
        cy: `Mae ${score.evaluatorId} eisoes wedi sgorio ${score.supplierId} ar ${score.criterionId}.`,
      }, { path, params: { supplierId: score.supplierId, criterionId: score.criterionId, evaluatorId: score.evaluatorId } }));
    }
    seenScores.add(key);
    if (!onScale(score.score)) problems.push(notOnScale(score.score, scalePoints, [...path, "score"]));
  });

  const seenModerated = new Set<string>();
  input.moderatedScores.forEach((moderated, index) => {
    const path = ["moderatedScores", index];
    problems.push(...referenceProblems(moderated, path, suppliers, criteria));
    const key = `${moderated.supplierId}\u0000${moderated.criterionId}`;
    if (seenModerated.has(key)) {
      problems.push(problem("CASE.MODERATED_SCORE_DUPLICATE", {
        en: `A moderated score for ${moderated.supplierId} on ${moderated.criterionId} is already recorded.`,
        cy: `Mae sgôr wedi’i gymedroli ar gyfer ${moderated.supplierId} ar ${moderated.criterionId} eisoes wedi’i gofnodi.`,
      }, { path, params: { supplierId: moderated.supplierId, criterionId: moderated.criterionId } }));
    }
    seenModerated.add(key);
    if (!onScale(moderated.score)) problems.push(notOnScale(moderated.score, scalePoints, [...path, "score"]));
  });
  return problems;
}

function referenceProblems(
  entry: { supplierId: string; criterionId: string },
  path: (string | number)[],
  suppliers: ReadonlySet<string>,
  criteria: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  if (!suppliers.has(entry.supplierId)) {
    problems.push(problem("CASE.UNKNOWN_SUPPLIER", {
      en: `Supplier ${entry.supplierId} is not in this assessment.`,
      cy: `Nid yw cyflenwr ${entry.supplierId} yn yr asesiad hwn.`,
    }, { path: [...path, "supplierId"], params: { supplierId: entry.supplierId } }));
  }
  if (!criteria.has(entry.criterionId)) {
    problems.push(problem("CASE.UNKNOWN_CRITERION", {
      en: `Criterion ${entry.criterionId} is not in this assessment.`,
      cy: `Nid yw maen prawf ${entry.criterionId} yn yr asesiad hwn.`,
    }, { path: [...path, "criterionId"], params: { criterionId: entry.criterionId } }));
  }
  return problems;
}

function notOnScale(score: number, scalePoints: string, path: (string | number)[]): Problem {
  return problem("CASE.SCORE_NOT_ON_SCALE", {
    en: `Score ${score} is not a point on the scale (${scalePoints}).`,
    cy: `Nid yw sgôr ${score} yn bwynt ar y raddfa (${scalePoints}).`,
  }, { path, params: { score } });
}
