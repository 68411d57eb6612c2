import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { readableAssessments } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { canRead } from "./access";

export type AssessmentListItem = { id: string; title: string; titleCy: string; reference: string; status: string; responseDeadline: Date; invited: number; submitted: number };

/**
 * The organisation's assessments, newest first, and for a sustainability specialist also those of other public
 * bodies they are granted a part in; three queries whatever their number.
 */
export async function listAssessments(actor: Actor): Promise<AssessmentListItem[]> {
  if (!canRead(actor)) return [];
  const assessments = await db.assessment.findMany({
    where: readableAssessments(actor),
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, titleCy: true, reference: true, status: true, responseDeadline: true },
  });
  const ids = assessments.map((assessment) => assessment.id);
  const [invited, submitted] = await Promise.all([
    db.supplierInvitation.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, withdrawnAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, status: "submitted" }, _count: { _all: true } }),
  ]);
  const count = (rows: { assessmentId: string; _count: { _all: number } }[], id: string) => rows.find((row) => row.assessmentId === id)?._count._all ?? 0;
  return assessments.map((assessment) => ({ ...assessment, invited: count(invited, assessment.id), submitted: count(submitted, assessment.id) }));
}
