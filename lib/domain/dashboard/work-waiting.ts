import type { AssessmentStatus } from "@/lib/domain/lifecycle/assessment-status";
import type { Role } from "@/lib/domain/organisations/roles";

// What a buyer's dashboard puts first: the work waiting for this person, then what is open for responses.

export type DashboardAssessment = {
  id: string;
  title: { en: string; cy: string };
  reference: string;
  status: AssessmentStatus;
  responseDeadline: Date;
  invited: number;
  /** Responses started but not submitted. */
  started: number;
  submitted: number;
  openComments: number;
  unansweredQuestions: number;
  /** The person is one of its evaluators (the officer who created it, or a specialist with a part in it). */
  evaluator: boolean;
  /** Submitted responses the person has scored. */
  scoredByMe: number;
};

export type Work =
  | { kind: "finish-draft"; assessment: DashboardAssessment; openComments: number }
  | { kind: "review-draft"; assessment: DashboardAssessment; openComments: number }
  | { kind: "answer-questions"; assessment: DashboardAssessment; questions: number }
  | { kind: "score"; assessment: DashboardAssessment; toScore: number }
  | { kind: "record-outcome"; assessment: DashboardAssessment };

/** The work waiting for a buyer's officer or specialist, most pressing first: scoring, questions, then drafts. */
export function workWaiting(role: Role, assessments: readonly DashboardAssessment[]): Work[] {
  const work: Work[] = [];
  const officer = role === "procurement-officer";
  for (const assessment of assessments) {
    const toScore = assessment.evaluator ? assessment.submitted - assessment.scoredByMe : 0;
    if ((assessment.status === "closed" || assessment.status === "evaluated") && toScore > 0) work.push({ kind: "score", assessment, toScore });
    else if (officer && (assessment.status === "closed" || assessment.status === "evaluated")) work.push({ kind: "record-outcome", assessment });
    if (officer && assessment.status === "open" && assessment.unansweredQuestions > 0) work.push({ kind: "answer-questions", assessment, questions: assessment.unansweredQuestions });
    if (assessment.status === "draft" && officer) work.push({ kind: "finish-draft", assessment, openComments: assessment.openComments });
    if (assessment.status === "draft" && !officer && assessment.evaluator) work.push({ kind: "review-draft", assessment, openComments: assessment.openComments });
  }
  const order: Work["kind"][] = ["score", "answer-questions", "record-outcome", "finish-draft", "review-draft"];
  return work.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.assessment.responseDeadline.getTime() - b.assessment.responseDeadline.getTime());
}

/** Assessments open for responses, the soonest deadline first. */
export function openForResponses(assessments: readonly DashboardAssessment[]): DashboardAssessment[] {
  return assessments.filter((assessment) => assessment.status === "open").sort((a, b) => a.responseDeadline.getTime() - b.responseDeadline.getTime());
}
