import "server-only";
import { assessmentStatus, type AssessmentStatus } from "@/lib/domain/lifecycle/assessment-status";
import type { AssessmentView } from "./get-assessment";
import { resultsOf } from "./get-results";

/**
 * Where an assessment stands now (lib/domain/lifecycle): only a closed assessment without a decision needs the rules
 * engine, to know whether every counting score is in.
 */
export async function statusOfAssessment(assessment: AssessmentView, now = new Date()): Promise<AssessmentStatus> {
  const facts = { published: assessment.status === "published", responseDeadline: assessment.responseDeadline, outcome: assessment.outcome, fullyEvaluated: false };
  const first = assessmentStatus(facts, now);
  if (first !== "closed") return first;
  return assessmentStatus({ ...facts, fullyEvaluated: await fullyEvaluated(assessment, now) }, now);
}

/** Every submitted tender is ranked or disregarded: none waits for a score or a moderation. */
export async function fullyEvaluated(assessment: AssessmentView, now = new Date()): Promise<boolean> {
  const results = await resultsOf(assessment, now);
  return results.kind === "results" && results.outcome.result.suppliers.length > 0 && results.outcome.result.incomplete.length === 0;
}
