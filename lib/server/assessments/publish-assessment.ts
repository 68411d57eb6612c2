import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";
import { checkAssessment } from "./check-assessment";
import { getAssessment } from "./get-assessment";

/**
 * Publishing freezes the criteria. Refused while the rules engine finds a problem in the configuration; open
 * comments only warn (the officer confirms on the publish page).
 */
export async function publishAssessment(actor: Actor, assessmentId: string, version: number, now = new Date()) {
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment) return null;
  if (checkAssessment(assessment, now.toISOString().slice(0, 10)).length > 0) throw new AppError("CONFIGURATION_PROBLEMS", "publish.problems");
  if (assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "publish.deadlinePassed");
  return changeAssessment(actor, assessmentId, version, async (tx, changed) => {
    await tx.assessment.update({ where: { id: changed.id }, data: { status: "published", publishedAt: now } });
    return { result: true, change: { action: "assessment.published", before: { status: "draft" }, after: { status: "published", criteria: assessment.criteria.length, openComments: assessment.comments.filter((c) => !c.resolvedAt).length } } };
  });
}
