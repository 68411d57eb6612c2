import "server-only";
import { draftFromFramework } from "@/lib/domain/assessment-setup/initial-criteria";
import { isWithinScale, type ScalePoint } from "@/lib/domain/assessment-setup/scales";
import { getFramework, findCriterion } from "@/lib/domain/framework/registry";
import type { CriterionInput } from "@/lib/schemas/assessments";
import type { Actor } from "@/lib/server/auth/actor";
import { childOf } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";
import { criterionData, criterionWelshFields } from "./criterion-data";
import { toCriterionView } from "./get-assessment";
import { parseWelshSources, stampWelshSources } from "@/lib/domain/language/welsh-sources";

/** Saves the wording, weight and minimum score of one criterion, if nobody else changed the assessment meanwhile. */
export async function updateCriterion(
  actor: Actor,
  assessmentId: string,
  criterionId: string,
  input: Omit<CriterionInput, "welshConfirmed"> & { welshConfirmed?: "yes" | "no"; descriptors: Record<string, { en: string; cy: string }> },
) {
  return changeAssessment(actor, assessmentId, input.version, async (tx, assessment) => {
    const before = await tx.assessmentCriterion.findFirst({ where: childOf(assessment, criterionId) });
    if (!before) throw new AppError("NOT_FOUND", "criterion.notFound");
    // Refused when saved, not at publishing: a minimum outside the scale could never be met (or always is).
    const { scale } = await tx.assessment.findFirstOrThrow({ where: { id: assessment.id }, select: { scale: true } });
    if (input.minimumScore !== null && !isWithinScale(JSON.parse(scale) as ScalePoint[], input.minimumScore)) throw new AppError("MINIMUM_OUT_OF_SCALE", "minimumScore.outOfScale", "minimumScore");
    const beforeView = toCriterionView(before);
    const afterFields = criterionWelshFields({
      title: { en: input.titleEn, cy: input.titleCy }, question: { en: input.questionEn, cy: input.questionCy }, guidance: { en: input.guidanceEn, cy: input.guidanceCy },
      evidence: { en: input.evidenceEn, cy: input.evidenceCy }, descriptors: input.descriptors,
    });
    // Welsh left as it was beside changed English keeps the English it was written from, so it shows as out of date.
    const welshSources = stampWelshSources({ fields: criterionWelshFields(beforeView), sources: parseWelshSources(before.welshSources) }, afterFields, input.welshConfirmed === "yes");
    const data = {
      welshSources: JSON.stringify(welshSources),
      titleEn: input.titleEn, titleCy: input.titleCy, questionEn: input.questionEn, questionCy: input.questionCy, guidanceEn: input.guidanceEn, guidanceCy: input.guidanceCy,
      evidenceEn: input.evidenceEn, evidenceCy: input.evidenceCy, weight: input.weight, minimumScore: input.minimumScore, descriptors: JSON.stringify(input.descriptors),
      // A framework criterion keeps its rule; the buyer's own criterion may move.
      rule: before.frameworkCriterionId ? before.rule : input.rule,
    };
    await tx.assessmentCriterion.update({ where: { id: before.id }, data });
    return { result: true, change: { action: "criterion.updated", subjectType: "AssessmentCriterion", subjectId: before.id, before: { title: before.titleEn, weight: before.weight, minimumScore: before.minimumScore }, after: { title: data.titleEn, weight: data.weight, minimumScore: data.minimumScore } } };
  });
}

export async function removeCriterion(actor: Actor, assessmentId: string, criterionId: string, version: number) {
  return changeAssessment(actor, assessmentId, version, async (tx, assessment) => {
    const criterion = await tx.assessmentCriterion.findFirst({ where: childOf(assessment, criterionId) });
    if (!criterion) throw new AppError("NOT_FOUND", "criterion.notFound");
    await tx.assessmentCriterion.delete({ where: { id: criterion.id } });
    return { result: true, change: { action: "criterion.removed", subjectType: "AssessmentCriterion", subjectId: criterion.id, before: { title: criterion.titleEn, weight: criterion.weight } } };
  });
}

/** Adds framework criteria (any level, and outcomes) and, optionally, one of the buyer's own, each with weight 0. */
export async function addCriteria(actor: Actor, assessmentId: string, input: { frameworkCriterionIds: string[]; own?: { titleEn: string; questionEn: string; rule: "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER" }; version: number }) {
  return changeAssessment(actor, assessmentId, input.version, async (tx, changed) => {
    const assessment = await tx.assessment.findFirstOrThrow({ where: { id: changed.id }, include: { criteria: { select: { frameworkCriterionId: true, position: true } } } });
    const framework = getFramework(assessment.frameworkId, assessment.frameworkVersion);
    const scale = JSON.parse(assessment.scale) as ScalePoint[];
    const present = new Set(assessment.criteria.map((criterion) => criterion.frameworkCriterionId));
    // Each criterion once, however often it is named.
    const chosen = [...new Set(input.frameworkCriterionIds)].filter((id) => !present.has(id)).map((id) => (framework ? findCriterion(framework, id) : undefined));
    if (chosen.some((criterion) => !criterion)) throw new AppError("UNKNOWN_CRITERION", "criteria.unknown", "frameworkCriterionIds");
    let position = Math.max(-1, ...assessment.criteria.map((criterion) => criterion.position)) + 1;
    const rows = chosen.map((criterion) => ({ assessmentId: assessment.id, position: position++, ...criterionData(draftFromFramework(criterion!, scale)) }));
    if (input.own) {
      rows.push({
        assessmentId: assessment.id, position: position++, frameworkCriterionId: null, rule: input.own.rule, titleEn: input.own.titleEn, titleCy: "", questionEn: input.own.questionEn, questionCy: "",
        guidanceEn: "", guidanceCy: "", evidenceEn: "", evidenceCy: "", descriptors: JSON.stringify(Object.fromEntries(scale.map((point) => [String(point.value), point.descriptor]))), welshSources: JSON.stringify({}), weight: 0,
      });
    }
    if (rows.length === 0) throw new AppError("NOTHING_CHOSEN", "criteria.noneChosen", "frameworkCriterionIds");
    await tx.assessmentCriterion.createMany({ data: rows });
    return { result: rows.length, change: { action: "criteria.added", after: { criteria: rows.map((row) => row.frameworkCriterionId ?? row.titleEn) } } };
  });
}

/** Saves every weight at once; the total is checked by the rules engine before publishing, not here, so work in progress is kept. */
export async function updateWeights(actor: Actor, assessmentId: string, weights: Record<string, number>, version: number) {
  return changeAssessment(actor, assessmentId, version, async (tx, assessment) => {
    const criteria = await tx.assessmentCriterion.findMany({ where: { assessmentId: assessment.id }, select: { id: true, weight: true } });
    const changed = criteria.filter((criterion) => weights[criterion.id] !== undefined && weights[criterion.id] !== criterion.weight);
    for (const criterion of changed) await tx.assessmentCriterion.update({ where: { id: criterion.id }, data: { weight: weights[criterion.id] } });
    return {
      result: true,
      change: { action: "weights.updated", before: Object.fromEntries(changed.map((c) => [c.id, c.weight])), after: Object.fromEntries(changed.map((c) => [c.id, weights[c.id]])) },
    };
  });
}
