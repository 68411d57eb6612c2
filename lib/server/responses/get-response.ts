import "server-only";
import { assessmentStatus, type Outcome } from "@/lib/domain/lifecycle/assessment-status";
import { standstillPeriod } from "@/lib/domain/lifecycle/standstill";
import { supplierOutcome, type SupplierResponseStatus } from "@/lib/domain/lifecycle/supplier-outcome";
import type { ResponseStatus } from "@/lib/domain/responses/deadline";
import type { ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import type { Actor } from "@/lib/server/auth/actor";
import { toCriterionView } from "@/lib/server/assessments/get-assessment";
import { db } from "@/lib/server/db";
import { isSupplier } from "./access";
import { invitedAssessment, ownResponse } from "@/lib/server/auth/scope";

/**
 * An assessment the actor's organisation is invited to, with its own response (if started): the questions and the
 * conditions of participation, the answers, the files and the evidence. Null for anyone else, so another
 * organisation's response is never found.
 */
export async function getOwnResponse(actor: Actor, assessmentId: string, now = new Date()) {
  if (!isSupplier(actor)) return null;
  const assessment = await db.assessment.findFirst({
    where: invitedAssessment(actor, assessmentId),
    include: { criteria: { orderBy: { position: "asc" } }, gates: { orderBy: { position: "asc" } } },
  });
  if (!assessment) return null;
  const [buyer, response] = await Promise.all([
    db.organisation.findFirst({ where: { id: assessment.organisationId, kind: "buyer" }, select: { nameEn: true, nameCy: true } }),
    db.response.findFirst({ where: ownResponse(actor, assessmentId), include: { answers: true } }),
  ]);
  const files = response ? await db.responseFile.findMany({ where: { responseId: response.id }, orderBy: { createdAt: "asc" } }) : [];
  const copied = response
    ? await db.auditEvent.findFirst({ where: { subjectType: "Response", subjectId: response.id, action: "response.evidence-copied" }, orderBy: { sequence: "desc" }, select: { createdAt: true } })
    : null;
  return {
    assessment: {
      id: assessment.id,
      // In Welsh where the buyer wrote Welsh (pages choose with inLanguage).
      title: { en: assessment.title, cy: assessment.titleCy },
      reference: assessment.reference,
      description: { en: assessment.description, cy: assessment.descriptionCy },
      nation: assessment.nation as Actor["nation"],
      languages: assessment.languages as "en" | "cy" | "en+cy",
      carbonReductionPlanRequired: assessment.carbonReductionPlanRequired,
      responseDeadline: assessment.responseDeadline,
      // What this supplier sees of where things stand: never who else was awarded.
      supplierOutcome: supplierOutcome({
        assessmentStatus: assessmentStatus({ published: true, responseDeadline: assessment.responseDeadline, fullyEvaluated: false, outcome: assessment.outcome as Outcome | null }, now),
        responseStatus: (response?.status ?? "not-started") as SupplierResponseStatus,
        awardedSupplierId: assessment.awardedSupplierOrganisationId,
        supplierId: actor.organisationId,
      }),
      standstill: assessment.outcome === "awarded" && assessment.outcomeDecidedOn && response?.status === "submitted" ? standstillPeriod(assessment.outcomeDecidedOn.toISOString().slice(0, 10)) : null,
      buyerNameEn: buyer?.nameEn ?? "",
      buyerNameCy: buyer?.nameCy ?? null,
      criteria: assessment.criteria.map(toCriterionView),
      // The pass/fail conditions of participation the supplier declares it meets or not.
      conditions: assessment.gates.map((gate) => ({ id: gate.id, question: { en: gate.questionEn, cy: gate.questionCy } })),
    },
    response: response
      ? {
          id: response.id,
          status: response.status as ResponseStatus,
          // Read before the answers and files: a page showing them never holds a version newer than what it shows.
          version: response.version,
          submittedAt: response.submittedAt,
          reference: response.reference,
          receiptHash: response.receiptHash,
          evidence: JSON.parse(response.evidence) as ResponseEvidence,
          evidenceCopiedAt: copied?.createdAt ?? null,
          answers: new Map(response.answers.map((answer) => [answer.criterionId, { answer: answer.answer, language: answer.language as "en" | "cy", finished: answer.finished, version: answer.version, updatedAt: answer.updatedAt }])),
          files: files.map((file) => ({ id: file.id, criterionId: file.criterionId, fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, createdAt: file.createdAt })),
        }
      : null,
  };
}

export type OwnResponse = NonNullable<Awaited<ReturnType<typeof getOwnResponse>>>;
