import "server-only";
import { assessmentStatus, statusRank, type AssessmentStatus, type Outcome } from "@/lib/domain/lifecycle/assessment-status";
import type { AssessmentListQuery } from "@/lib/schemas/lifecycle";
import type { Actor } from "@/lib/server/auth/actor";
import { readableAssessments } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { canRead } from "./access";
import { fullyEvaluated } from "./assessment-status";
import { getAssessment } from "./get-assessment";

export type AssessmentListItem = {
  id: string; title: string; titleCy: string; reference: string; status: AssessmentStatus; archived: boolean; responseDeadline: Date; invited: number; submitted: number;
};

const everything: AssessmentListQuery = { q: "", sort: "created", archived: undefined };

/**
 * The organisation's assessments, and for a sustainability specialist also those of other public bodies they are
 * granted a part in: found by words in the title or reference, without the archived ones unless asked, sorted by
 * deadline or by status (newest first otherwise). Three queries, plus the rules engine for each closed assessment
 * still waiting for a decision (to tell closed from evaluated).
 */
export async function listAssessments(actor: Actor, query: AssessmentListQuery = everything, now = new Date()): Promise<AssessmentListItem[]> {
  if (!canRead(actor)) return [];
  const rows = await db.assessment.findMany({
    where: readableAssessments(actor),
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, titleCy: true, reference: true, status: true, responseDeadline: true, outcome: true, archivedAt: true },
  });
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const assessments = rows.filter((row) => {
    const archivedShown = query.archived === "only" ? Boolean(row.archivedAt) : query.archived === "show" || !row.archivedAt;
    const text = `${row.title} ${row.titleCy} ${row.reference}`.toLowerCase();
    return archivedShown && words.every((word) => text.includes(word));
  });
  const ids = assessments.map((assessment) => assessment.id);
  const [invited, submitted] = await Promise.all([
    db.supplierInvitation.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, withdrawnAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, status: "submitted" }, _count: { _all: true } }),
  ]);
  const count = (rows: { assessmentId: string; _count: { _all: number } }[], id: string) => rows.find((row) => row.assessmentId === id)?._count._all ?? 0;
  const items: AssessmentListItem[] = [];
  for (const row of assessments) {
    const facts = { published: row.status === "published", responseDeadline: row.responseDeadline, outcome: row.outcome as Outcome | null, fullyEvaluated: false };
    let status = assessmentStatus(facts, now);
    if (status === "closed") {
      const view = await getAssessment(actor, row.id);
      if (view && (await fullyEvaluated(view, now))) status = assessmentStatus({ ...facts, fullyEvaluated: true }, now);
    }
    items.push({ id: row.id, title: row.title, titleCy: row.titleCy, reference: row.reference, status, archived: Boolean(row.archivedAt), responseDeadline: row.responseDeadline, invited: count(invited, row.id), submitted: count(submitted, row.id) });
  }
  return sortAssessments(items, query.sort);
}

function sortAssessments(items: AssessmentListItem[], sort: AssessmentListQuery["sort"]): AssessmentListItem[] {
  const byDeadline = (a: AssessmentListItem, b: AssessmentListItem) => a.responseDeadline.getTime() - b.responseDeadline.getTime();
  if (sort === "deadline") return [...items].sort(byDeadline);
  if (sort === "deadline-desc") return [...items].sort((a, b) => byDeadline(b, a));
  if (sort === "status") return [...items].sort((a, b) => statusRank(a.status) - statusRank(b.status) || byDeadline(a, b));
  return items;
}
