import "server-only";
import { canRecordOutcome } from "@/lib/domain/lifecycle/assessment-status";
import { standstillPeriod } from "@/lib/domain/lifecycle/standstill";
import { londonDay } from "@/lib/domain/responses/deadline";
import type { OutcomeChoice } from "@/lib/forms/outcome";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { notifyOutcome } from "@/lib/server/notifications/events";
import { changeAssessment, canEdit } from "./access";
import { statusOfAssessment } from "./assessment-status";
import { getAssessment } from "./get-assessment";
import { getResults } from "./get-results";
import { invitedSuppliers, type Notice } from "./supplier-recipients";

/** The decision as the outcome form gives it (lib/forms/outcome.ts). */
export type OutcomeDecision = OutcomeChoice;

/**
 * Who is told the outcome: for an award, each supplier that submitted a tender (whether it was awarded, and the
 * standstill period); for a cancellation, every supplier invited as well.
 */
export type OutcomeRecorded = Notice<
  "assessment.outcome-recorded",
  { outcome: "awarded" | "cancelled"; decidedOn: string; standstillLastDay: string | null; awardedSupplierOrganisationId: string | null }
>;

/**
 * Records the officer's decision: the contract awarded to one supplier whose tender was ranked (once every counting
 * score is in), or the procurement cancelled (any time after publishing). Once only. Audited in the same
 * transaction; returns the standstill period (Procurement Act 2023 s.51) and the notice to every supplier that
 * submitted, to be queued with it. `decidedOn` is the UK date of the decision (the contract award notice).
 */
export async function recordOutcome(actor: Actor, assessmentId: string, decision: OutcomeDecision, version: number, now = new Date()) {
  const preview = await previewOutcome(actor, assessmentId, decision, now);
  if (!preview) return null;
  const { standstill } = preview;
  return changeAssessment(
    actor,
    assessmentId,
    version,
    async (tx, changed) => {
      const awarded = decision.decision === "awarded" ? decision.supplierOrganisationId : null;
      const recorded = await tx.assessment.updateMany({
        where: { id: changed.id, outcome: null },
        data: { outcome: decision.decision, awardedSupplierOrganisationId: awarded, outcomeDecidedOn: new Date(`${decision.decidedOn}T00:00:00Z`), outcomeRecordedAt: now },
      });
      if (recorded.count !== 1) throw new AppError("OUTCOME_RECORDED", "outcome.alreadyRecorded");
      await notifyOutcome(tx, { assessmentId: changed.id, awardedSupplierOrganisationId: awarded, decidedOn: decision.decidedOn, standstillLastDay: standstill?.lastDay ?? null });
      const submitted = await tx.response.findMany({ where: { assessmentId: changed.id, status: "submitted" }, select: { supplierOrganisationId: true }, orderBy: { submittedAt: "asc" } });
      // An award is told to those that submitted; a cancellation to everyone invited as well.
      const invited = decision.decision === "cancelled" ? await invitedSuppliers(tx, changed.id) : [];
      const submitters = submitted.filter((response) => !invited.some((recipient) => recipient.supplierOrganisationId === response.supplierOrganisationId));
      const notice: OutcomeRecorded = {
        event: "assessment.outcome-recorded",
        assessmentId: changed.id,
        organisationId: changed.organisationId,
        recipients: [...invited, ...submitters.map((response) => ({ supplierOrganisationId: response.supplierOrganisationId, email: null }))],
        details: { outcome: decision.decision, decidedOn: decision.decidedOn, standstillLastDay: standstill?.lastDay ?? null, awardedSupplierOrganisationId: awarded },
      };
      return {
        result: { notice, standstill },
        change: { action: `assessment.${decision.decision}`, before: { outcome: null }, after: { outcome: decision.decision, awardedSupplierOrganisationId: awarded, decidedOn: decision.decidedOn, standstillLastDay: standstill?.lastDay ?? null, suppliersToTell: notice.recipients.length } },
      };
    },
    { allowPublished: true },
  );
}

/**
 * Whether a decision may be recorded and what it would mean (the standstill period; the ranked suppliers an award may
 * go to), for the outcome and confirmation pages; refused (AppError) as recording it would be. Null when the
 * assessment is not the actor's.
 */
export async function previewOutcome(actor: Actor, assessmentId: string, decision: OutcomeDecision | null, now = new Date()) {
  if (!canEdit(actor)) return null;
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.organisationId !== actor.organisationId) return null;
  const status = await statusOfAssessment(assessment, now);
  const results = status === "evaluated" ? await getResults(actor, assessmentId, now) : null;
  const ranking = results?.kind === "results" ? results.outcome.result.ranking.map((entry) => ({ supplierId: entry.supplierId, rank: entry.rank, total: entry.total, name: results.supplierNames[entry.supplierId] ?? { en: entry.supplierId, cy: entry.supplierId } })) : [];
  if (!decision) return { assessment, status, ranking, standstill: null };
  if (!canRecordOutcome(status, decision.decision)) throw new AppError("OUTCOME_NOT_ALLOWED", decision.decision === "awarded" ? "outcome.notEvaluated" : "outcome.notAllowed");
  if (decision.decision === "awarded" && !ranking.some((entry) => entry.supplierId === decision.supplierOrganisationId)) throw new AppError("NOT_RANKED", "outcome.supplierNotRanked", "supplierOrganisationId");
  // An award follows the evaluation; a cancellation may come at any time after publishing.
  if (decision.decision === "awarded" && decision.decidedOn < londonDay(assessment.responseDeadline)) throw new AppError("DECIDED_TOO_EARLY", "decidedOn.beforeDeadline", "decidedDay");
  if (assessment.publishedAt && decision.decidedOn < londonDay(assessment.publishedAt)) throw new AppError("DECIDED_TOO_EARLY", "decidedOn.beforePublished", "decidedDay");
  // A decision is recorded once made: never for a day still to come.
  if (decision.decidedOn > londonDay(now)) throw new AppError("DECIDED_IN_FUTURE", "decidedOn.future", "decidedDay");
  const standstill = decision.decision === "awarded" ? standstillPeriod(decision.decidedOn) : null;
  return { assessment, status, ranking, standstill };
}
