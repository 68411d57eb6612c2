import "server-only";
import type { SupplierResult } from "@/lib/domain/case/result-schema";
import { evaluatorStatus, maySeeOthersScores, maySeeResponse, type ConflictDecision } from "@/lib/domain/scoring/evaluator-status";
import type { Bilingual } from "@/lib/domain/text";
import { resultsOf } from "@/lib/server/assessments/get-results";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { readScoreDraft } from "./save-score-draft";
import { getScoringContext } from "./scoring-context";

type Score = { criterionId: string; score: number; justification: string };

/** What the rules engine made of the supplier's evidence, keyed by the assessment's own criterion ids. */
export type EvidenceAnalysis = Pick<SupplierResult, "evidence" | "carbonReductionPlan" | "gates" | "flags" | "footprint"> & {
  preScores: Record<string, SupplierResult["preScores"][number]>;
};

/**
 * One supplier's response as one evaluator may see it. The response stays hidden until the evaluator has declared
 * no conflict (or the officer allowed theirs); the other evaluators' scores stay hidden until the evaluator's own
 * are submitted. Null when the assessment, or a submitted response of that supplier, is not theirs to score (404).
 */
export async function getSupplierScoring(actor: Actor, assessmentId: string, supplierOrganisationId: string, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isEvaluator || !context.open) return null;
  const [response, supplier, declaration] = await Promise.all([
    db.response.findFirst({ where: { assessmentId: context.assessment.id, supplierOrganisationId, status: "submitted" }, select: { id: true, evidence: true, submittedAt: true, reference: true } }),
    db.organisation.findFirst({ where: { id: supplierOrganisationId, kind: "supplier" }, select: { nameEn: true, nameCy: true } }),
    db.conflictDeclaration.findUnique({ where: { assessmentId_evaluatorId_supplierOrganisationId: { assessmentId: context.assessment.id, evaluatorId: actor.userId, supplierOrganisationId } } }),
  ]);
  if (!response || !supplier) return null;
  const scores = await db.evaluatorScore.findMany({ where: { assessmentId: context.assessment.id, responseId: response.id }, select: { criterionId: true, evaluatorId: true, score: true, justification: true } });
  const myScores: Score[] = scores.filter((s) => s.evaluatorId === actor.userId);
  const status = evaluatorStatus(declaration && { hasConflict: declaration.hasConflict, decision: declaration.decision as ConflictDecision | null }, myScores.length);
  const base = {
    context,
    supplier: { id: supplierOrganisationId, name: { en: supplier.nameEn, cy: supplier.nameCy ?? "" } satisfies Bilingual },
    status,
    declaration: declaration && { hasConflict: declaration.hasConflict, details: declaration.details, decision: declaration.decision as ConflictDecision | null },
  };
  if (!maySeeResponse(status)) return { ...base, response: null, myScores, others: null, draft: null };

  const [answers, files, results, draft] = await Promise.all([
    db.responseAnswer.findMany({ where: { responseId: response.id }, select: { criterionId: true, answer: true, language: true } }),
    db.responseFile.findMany({ where: { responseId: response.id }, select: { id: true, criterionId: true, fileName: true, mediaType: true, size: true }, orderBy: { createdAt: "asc" } }),
    resultsOf(context.assessment, now),
    status === "score" ? readScoreDraft(response.id, actor.userId) : null,
  ]);
  let analysis: EvidenceAnalysis | null = null;
  if (results.kind === "results") {
    const found = results.outcome.result.suppliers.find((s) => s.supplierId === supplierOrganisationId);
    if (found) {
      const preScores = Object.fromEntries(found.preScores.map((p) => [results.criterionIdOf(p.criterionId), p]));
      analysis = { evidence: found.evidence, carbonReductionPlan: found.carbonReductionPlan, gates: found.gates, flags: found.flags, footprint: found.footprint, preScores };
    }
  }
  const content = {
    reference: response.reference,
    submittedAt: response.submittedAt,
    answers: Object.fromEntries(answers.map((a) => [a.criterionId, { answer: a.answer, language: a.language === "cy" ? ("cy" as const) : ("en" as const) }])),
    files,
    evidence: JSON.parse(response.evidence) as Record<string, unknown>,
    analysis,
  };
  if (!maySeeOthersScores(status)) return { ...base, response: content, myScores, others: null, draft };

  const otherIds = [...new Set(scores.map((s) => s.evaluatorId))].filter((id) => id !== actor.userId);
  const [people, excluded] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...otherIds, ...context.evaluatorIds] } }, select: { id: true, name: true } }),
    db.conflictDeclaration.findMany({ where: { assessmentId: context.assessment.id, supplierOrganisationId, hasConflict: true, decision: "excluded" }, select: { evaluatorId: true } }),
  ]);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "";
  const others = otherIds.map((id) => ({ evaluatorId: id, name: nameOf(id), scores: scores.filter((s) => s.evaluatorId === id) as Score[] }));
  const waitingFor = context.evaluatorIds.filter((id) => id !== actor.userId && !otherIds.includes(id) && !excluded.some((e) => e.evaluatorId === id)).map(nameOf);
  return { ...base, response: content, myScores, others: { submitted: others, waitingFor }, draft };
}

export type SupplierScoring = NonNullable<Awaited<ReturnType<typeof getSupplierScoring>>>;
