import "server-only";
import type { DashboardAssessment } from "@/lib/domain/dashboard/work-waiting";
import { assessmentStatus, type Outcome } from "@/lib/domain/lifecycle/assessment-status";
import type { Actor } from "@/lib/server/auth/actor";
import { readableAssessments } from "@/lib/server/auth/scope";
import { canRead } from "@/lib/server/assessments/access";
import { db } from "@/lib/server/db";

/**
 * The buyer's assessments that are not archived, with the counts a dashboard shows: invited, started and submitted
 * responses, open comments, unanswered questions and the person's own scoring. Six queries, however many there are.
 * A specialist sees only those they have a part in.
 */
export async function getDashboardAssessments(actor: Actor, now = new Date()): Promise<DashboardAssessment[]> {
  if (!canRead(actor)) return [];
  const specialist = actor.role === "sustainability-specialist";
  const rows = await db.assessment.findMany({
    where: { AND: [readableAssessments(actor), { archivedAt: null }, specialist ? { specialists: { some: { userId: actor.userId, revokedAt: null } } } : {}] },
    select: { id: true, title: true, titleCy: true, reference: true, status: true, responseDeadline: true, outcome: true, createdById: true, specialists: { where: { userId: actor.userId, revokedAt: null }, select: { id: true } } },
  });
  const ids = rows.map((row) => row.id);
  const [invited, responses, comments, questions, scored] = await Promise.all([
    db.supplierInvitation.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, withdrawnAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["assessmentId", "status"], where: { assessmentId: { in: ids } }, _count: { _all: true } }),
    db.assessmentComment.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, resolvedAt: null }, _count: { _all: true } }),
    db.clarificationQuestion.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, answeredAt: null }, _count: { _all: true } }),
    db.evaluatorScore.groupBy({ by: ["assessmentId", "responseId"], where: { assessmentId: { in: ids }, evaluatorId: actor.userId } }),
  ]);
  const count = (list: { assessmentId: string; _count: { _all: number } }[], id: string) => list.filter((row) => row.assessmentId === id).reduce((sum, row) => sum + row._count._all, 0);
  return rows.map((row) => ({
    id: row.id,
    title: { en: row.title, cy: row.titleCy ?? "" },
    reference: row.reference,
    status: assessmentStatus({ published: row.status === "published", responseDeadline: row.responseDeadline, outcome: row.outcome as Outcome | null, fullyEvaluated: false }, now),
    responseDeadline: row.responseDeadline,
    invited: count(invited, row.id),
    started: count(responses.filter((r) => r.status === "in-progress"), row.id),
    submitted: count(responses.filter((r) => r.status === "submitted"), row.id),
    openComments: count(comments, row.id),
    unansweredQuestions: count(questions, row.id),
    evaluator: row.createdById === actor.userId || row.specialists.length > 0,
    scoredByMe: scored.filter((score) => score.assessmentId === row.id).length,
  }));
}
