import "server-only";
import { assessmentStatus, type Outcome } from "@/lib/domain/lifecycle/assessment-status";
import { supplierOutcome, type SupplierResponseStatus } from "@/lib/domain/lifecycle/supplier-outcome";
import type { ResponseStatus } from "@/lib/domain/responses/deadline";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { isSupplier } from "./access";
import { invitedAssessments, ownResponses } from "@/lib/server/auth/scope";

/** The published assessments the actor's organisation is invited to, by deadline, with its response's status and progress. */
export async function listInvitations(actor: Actor, now = new Date()) {
  if (!isSupplier(actor)) return [];
  const assessments = await db.assessment.findMany({
    where: invitedAssessments(actor),
    select: { id: true, title: true, titleCy: true, reference: true, responseDeadline: true, organisationId: true, outcome: true, awardedSupplierOrganisationId: true, responses: { where: ownResponses(actor), select: { status: true, submittedAt: true, _count: { select: { answers: { where: { answer: { not: "" }, finished: true } } } } } }, _count: { select: { criteria: true } } },
    orderBy: { responseDeadline: "asc" },
  });
  const buyers = await db.organisation.findMany({ where: { id: { in: [...new Set(assessments.map((a) => a.organisationId))] }, kind: "buyer" }, select: { id: true, nameEn: true, nameCy: true } });
  const buyer = new Map(buyers.map((b) => [b.id, b]));
  return assessments.map((assessment) => ({
    id: assessment.id,
    title: { en: assessment.title, cy: assessment.titleCy },
    reference: assessment.reference,
    responseDeadline: assessment.responseDeadline,
    buyerNameEn: buyer.get(assessment.organisationId)?.nameEn ?? "",
    buyerNameCy: buyer.get(assessment.organisationId)?.nameCy ?? null,
    status: (assessment.responses[0]?.status ?? "not-started") as ResponseStatus | "not-started",
    outcome: supplierOutcome({
      assessmentStatus: assessmentStatus({ published: true, responseDeadline: assessment.responseDeadline, fullyEvaluated: false, outcome: assessment.outcome as Outcome | null }, now),
      responseStatus: (assessment.responses[0]?.status ?? "not-started") as SupplierResponseStatus,
      awardedSupplierId: assessment.awardedSupplierOrganisationId,
      supplierId: actor.organisationId,
    }),
    submittedAt: assessment.responses[0]?.submittedAt ?? null,
    // How far the response has got: questions with a finished answer, of all the assessment's questions.
    answered: assessment.responses[0]?._count.answers ?? 0,
    questions: assessment._count.criteria,
  }));
}
