import "server-only";
import { assessCase, type AssessOutcome } from "@/lib/domain/case/assess-case";
import type { AssessmentCaseInput } from "@/lib/domain/case/case-schema";
import type { AssessmentResult } from "@/lib/domain/case/result-schema";
import { resultsOverview, type ResultsOverview } from "@/lib/domain/results-pages";
import { conflictsOfInterest, type ConflictDecision } from "@/lib/domain/scoring/evaluator-status";
import type { Role } from "@/lib/domain/organisations/roles";
import { assessmentDateOf } from "@/lib/domain/dates";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { getAssessment, getAssessmentForResults, type AssessmentView, type ResultsAssessment } from "./get-assessment";
import type { ScoringResult } from "@/lib/domain/results";
import { keepResults, keptPart, keptResults, resultsFingerprint, type SnapshotPart } from "./results-snapshot";
import { engineCriterionId, toAssessmentConfig } from "./to-assessment-config";

export const resultsReaders: readonly Role[] = ["procurement-officer", "organisation-admin"];

/** The results with every supplier's scores by criterion and evidence (`AssessmentResult`), or only their overview. */
export type ResultsOutcomeOf<Result extends ResultsOverview, View extends ResultsAssessment = AssessmentView> =
  | { kind: "not-found" }
  | { kind: "before-deadline"; assessment: View }
  | { kind: "problems"; assessment: View; problems: { code: string; message: { en: string; cy: string } }[] }
  | {
      kind: "results";
      assessment: View;
      outcome: { ok: true; result: Result };
      criterionIdOf: (engineId: string) => string;
      /** The engine's working behind the results, for what-if weights: read only when asked for. */
      scoring: () => Promise<ScoringResult>;
      /** Every evaluator's justification, by supplier and engine criterion id: the words assessment summaries quote. */
      evaluatorWords: () => Promise<EvaluatorWords>;
      /** Each supplier's name in English and Welsh (its English name where it has no Welsh one), by supplier id. */
      supplierNames: Record<string, { en: string; cy: string }>;
      /** Each evaluator's name, by user id: the engine's messages name evaluators by id. */
      evaluatorNames: Record<string, string>;
      /** Every supplier's full results (scores by criterion, evidence, pre-scores): read only when asked for. */
      supplierResults: () => Promise<AssessmentResult["suppliers"]>;
    };

export type ResultsOutcome = ResultsOutcomeOf<AssessmentResult>;
/** The overview, with the assessment as the results pages show it (no comments, invitations or people's names). */
export type ResultsOverviewOutcome = ResultsOutcomeOf<ResultsOverview, ResultsAssessment>;

/**
 * The assessment's results from the rules engine, after the deadline only: the submitted responses, every
 * evaluator's scores and the moderated ones, as one case for lib/domain. The number of queries does not grow with
 * the number of suppliers, criteria or scores. An evaluator the officer excluded from a supplier for a conflict of
 * interest is not expected to score it.
 */
export async function getResults(actor: Actor, assessmentId: string, now = new Date()): Promise<ResultsOutcome> {
  const assessment = await readableAssessment(actor, () => getAssessment(actor, assessmentId));
  return assessment ? resultsOf(assessment, now) : { kind: "not-found" };
}

/**
 * `getResults` without each supplier's scores by criterion and evidence, for the ranking: a 300-supplier tender's
 * overview is a few KB where its full results are megabytes.
 */
export async function getResultsOverview(actor: Actor, assessmentId: string, now = new Date()): Promise<ResultsOverviewOutcome> {
  const assessment = await readableAssessment(actor, () => getAssessmentForResults(actor, assessmentId));
  return assessment ? overviewOf(assessment, now) : { kind: "not-found" };
}

/**
 * The assessment `load` finds, when the actor may read its results. Results draw on every supplier's evidence, so
 * they are for the owning organisation's officers and admins only, once published: a specialist (who may have a
 * conflict of interest with a supplier) sees scores through scoring and moderation.
 */
async function readableAssessment<View extends ResultsAssessment>(actor: Actor, load: () => Promise<View | null>): Promise<View | null> {
  if (!resultsReaders.includes(actor.role)) return null;
  const assessment = await load();
  return assessment && assessment.status === "published" && assessment.organisationId === actor.organisationId ? assessment : null;
}

/**
 * The rules engine's reading of an assessment the caller has already authorised the reader for (the scoring and
 * moderation pages, which show only what their own rules allow).
 */
export async function resultsOf(assessment: AssessmentView, now = new Date()): Promise<ResultsOutcome> {
  return withSupplierResults(await overviewOf(assessment, now));
}

/** The overview with every supplier's full results put in. */
async function withSupplierResults<View extends ResultsAssessment>(outcome: ResultsOutcomeOf<ResultsOverview, View>): Promise<ResultsOutcomeOf<AssessmentResult, View>> {
  if (outcome.kind !== "results") return outcome;
  const suppliers = await outcome.supplierResults();
  return { ...outcome, outcome: { ok: true, result: { ...outcome.outcome.result, suppliers } } };
}

async function overviewOf<View extends ResultsAssessment>(assessment: View, now: Date): Promise<ResultsOutcomeOf<ResultsOverview, View>> {
  const assessmentId = assessment.id;
  if (assessment.responseDeadline.getTime() > now.getTime()) return { kind: "before-deadline", assessment };
  const owned = { organisationId: assessment.organisationId };
  // What the results depend on, read without the evidence and the scores themselves: scores and consensus scores are
  // only ever added (so their count and latest time say when they change), conflict declarations are few.
  const [responses, scoreCount, consensusCount, declarations] = await Promise.all([
    db.response.findMany({ where: { assessmentId, status: "submitted", assessment: owned }, select: { id: true, supplierOrganisationId: true, submittedAt: true }, orderBy: { id: "asc" } }),
    db.evaluatorScore.aggregate({ where: { assessmentId, assessment: owned }, _count: { _all: true }, _max: { createdAt: true } }),
    db.moderatedScore.aggregate({ where: { assessmentId, assessment: owned }, _count: { _all: true }, _max: { createdAt: true } }),
    db.conflictDeclaration.findMany({ where: { assessmentId, hasConflict: true }, select: { evaluatorId: true, supplierOrganisationId: true, hasConflict: true, decision: true }, orderBy: { id: "asc" } }),
  ]);
  const suppliers = await db.organisation.findMany({ where: { id: { in: responses.map((r) => r.supplierOrganisationId) }, kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true }, orderBy: { id: "asc" } });
  const fingerprint = resultsFingerprint({ setUp: resultsDependOn(assessment), responses, scoreCount, consensusCount, declarations, suppliers });
  const kept = await keptResults<KeptResults>(assessmentId, fingerprint);
  const fresh = kept ? null : await computeResults(assessment, responses, declarations, suppliers);
  const computed: KeptResults = kept ?? fresh!.content;
  if (!computed.outcome.ok) return { kind: "problems", assessment, problems: computed.outcome.problems };
  if (fresh) await keepResults(assessmentId, fingerprint, fresh);
  // A part is read when a page asks for it: from this computation, from the snapshot, or (kept results replaced
  // since) computed afresh.
  const part = async <P extends SnapshotPart>(name: P): Promise<ResultsParts[P]> =>
    fresh?.[name] ?? (await keptPart<ResultsParts[P]>(assessmentId, fingerprint, name)) ?? (await computeResults(assessment, responses, declarations, suppliers))[name];
  // Names of evaluators are read afresh: the engine's results name them by id only.
  const evaluators = await db.user.findMany({ where: { id: { in: computed.evaluatorIds } }, select: { id: true, name: true } });
  const rowIdOf = new Map(computed.criterionRows);
  return {
    kind: "results",
    assessment,
    outcome: computed.outcome,
    criterionIdOf: (engineId) => rowIdOf.get(engineId) ?? engineId,
    scoring: () => part("scoring"),
    evaluatorWords: () => part("evaluatorWords"),
    supplierNames: Object.fromEntries(suppliers.map((s) => [s.id, { en: s.nameEn, cy: s.nameCy || s.nameEn }])),
    evaluatorNames: Object.fromEntries(evaluators.map((evaluator) => [evaluator.id, evaluator.name])),
    supplierResults: () => part("suppliers"),
  };
}

type EvaluatorWords = { supplierId: string; criterionId: string; evaluatorId: string; justification: string }[];

/** What is kept of the engine's reading: the overview of its results (or problems), and what pages need beside them. */
type KeptResults = {
  outcome: { ok: true; result: ResultsOverview } | Extract<AssessOutcome, { ok: false }>;
  evaluatorIds: string[];
  /** Engine criterion id, then the criterion's row id. */
  criterionRows: [string, string][];
};

/** The larger parts, kept apart and read only by the pages that need them. */
type ResultsParts = { scoring: ScoringResult; evaluatorWords: EvaluatorWords; suppliers: AssessmentResult["suppliers"] };

/**
 * What the results depend on of the assessment itself: the engine's configuration (criteria, weights, gates, scale,
 * the buyer and the assessment date), each criterion's row, and who scores. Not its title, comments or invitations.
 */
function resultsDependOn(assessment: ResultsAssessment) {
  return {
    config: toAssessmentConfig(assessment, assessmentDateOf(assessment.responseDeadline)),
    criterionRows: assessment.criteria.map((c) => c.id),
    // Sorted: the specialists come in no set order, and both ways of loading the assessment must agree.
    evaluators: [assessment.createdById, ...assessment.specialists.map((s) => s.userId).sort()],
  };
}

/** Runs the rules engine on the submitted responses, every evaluator's scores and the moderated ones. */
async function computeResults(
  assessment: ResultsAssessment,
  responses: { id: string; supplierOrganisationId: string }[],
  declarations: { evaluatorId: string; supplierOrganisationId: string; hasConflict: boolean; decision: string | null }[],
  suppliers: { id: string; nameEn: string }[],
): Promise<{ content: KeptResults } & ResultsParts> {
  const assessmentId = assessment.id;
  const owned = { organisationId: assessment.organisationId };
  const [evidence, scores, moderated] = await Promise.all([
    db.response.findMany({ where: { id: { in: responses.map((r) => r.id) }, assessmentId, assessment: owned }, select: { id: true, evidence: true } }),
    db.evaluatorScore.findMany({ where: { assessmentId, assessment: owned }, select: { responseId: true, criterionId: true, evaluatorId: true, score: true, justification: true } }),
    db.moderatedScore.findMany({ where: { assessmentId, assessment: owned }, select: { responseId: true, criterionId: true, score: true, rationale: true, moderatorId: true } }),
  ]);
  const nameOf = new Map(suppliers.map((s) => [s.id, s.nameEn]));
  const evidenceOf = new Map(evidence.map((r) => [r.id, r.evidence]));
  const supplierOf = new Map(responses.map((r) => [r.id, r.supplierOrganisationId]));
  const engineIdOf = new Map(assessment.criteria.map((c) => [c.id, engineCriterionId(c)]));
  const submitted = (responseId: string) => supplierOf.has(responseId);

  const evaluatorIds = [...new Set([assessment.createdById, ...assessment.specialists.map((s) => s.userId), ...scores.map((s) => s.evaluatorId)])];
  const input: AssessmentCaseInput = {
    // Evidence is judged as it stood at the response deadline, so the results never drift as time passes.
    assessment: toAssessmentConfig(assessment, assessmentDateOf(assessment.responseDeadline), conflictsOfInterest(evaluatorIds, declarations.map((d) => ({ ...d, supplierId: d.supplierOrganisationId, decision: d.decision as ConflictDecision | null })))),
    suppliers: responses.map((response) => ({ id: response.supplierOrganisationId, name: nameOf.get(response.supplierOrganisationId) ?? response.supplierOrganisationId, ...(JSON.parse(evidenceOf.get(response.id) ?? "{}") as object) })),
    scores: scores
      .filter((s) => submitted(s.responseId) && engineIdOf.has(s.criterionId))
      .map((s) => ({ supplierId: supplierOf.get(s.responseId)!, criterionId: engineIdOf.get(s.criterionId)!, evaluatorId: s.evaluatorId, score: s.score, justification: s.justification })),
    moderatedScores: moderated
      .filter((m) => submitted(m.responseId) && engineIdOf.has(m.criterionId))
      .map((m) => ({ supplierId: supplierOf.get(m.responseId)!, criterionId: engineIdOf.get(m.criterionId)!, score: m.score, rationale: m.rationale, moderatorId: m.moderatorId })),
  };
  const outcome = assessCase(input);
  return {
    content: { outcome: outcome.ok ? { ok: true, result: resultsOverview(outcome.result) } : outcome, evaluatorIds, criterionRows: assessment.criteria.map((c) => [engineCriterionId(c), c.id]) },
    scoring: outcome.ok ? outcome.scoring : emptyScoring,
    suppliers: outcome.ok ? outcome.result.suppliers : [],
    evaluatorWords: (input.scores ?? []).map(({ supplierId, criterionId, evaluatorId, justification }) => ({ supplierId, criterionId, evaluatorId, justification: justification ?? "" })),
  };
}

/** No working where the results could not be computed (the pages show the problems instead). */
const emptyScoring: ScoringResult = { criteria: [], scale: { points: [] }, suppliers: [], ranking: [], leaderSensitivity: null };
