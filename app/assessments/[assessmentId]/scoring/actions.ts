"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { conflictDecisionSchema, conflictFields, conflictSchema, scoreSheetFields, scoreSheetSchema } from "@/lib/schemas/scoring";
import { requireActor } from "@/lib/server/auth/actor";
import { isFailure, withFormErrors } from "@/lib/server/form-action";
import { decideConflict } from "@/lib/server/scoring/decide-conflict";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { submitScores } from "@/lib/server/scoring/submit-scores";

// Thin actions: parse → actor → one use case → redirect or field errors. A use case answering null: 404.

const evaluatorRoles = ["procurement-officer", "sustainability-specialist"] as const;
const supplierPage = (assessmentId: string, supplierId: string, done: string) => `/assessments/${assessmentId}/scoring/${supplierId}?done=${done}`;

export async function declareConflictAction(assessmentId: string, supplierId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: evaluatorRoles });
  const values = formValues(formData, conflictFields);
  const parsed = conflictSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const input = { hasConflict: parsed.data.hasConflict === "yes", details: parsed.data.details };
  const outcome = await withFormErrors(values, "declare conflict", () => declareConflict(actor, assessmentId, supplierId, input));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(supplierPage(assessmentId, supplierId, outcome.hasConflict ? "conflictPending" : "conflictDeclared"));
}

export async function decideConflictAction(assessmentId: string, declarationId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: ["procurement-officer"] });
  const values = formValues(formData, ["decision"]);
  const parsed = conflictDecisionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "decide conflict", () => decideConflict(actor, assessmentId, declarationId, parsed.data.decision));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}/scoring?done=conflictDecided#conflicts`);
}

/** The page binds the criteria and scale it showed; the use case checks them again against the assessment. */
export async function submitScoresAction(assessmentId: string, supplierId: string, criterionIds: string[], scaleValues: number[], _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: evaluatorRoles });
  const values = formValues(formData, scoreSheetFields(criterionIds));
  const parsed = scoreSheetSchema(criterionIds, scaleValues).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "submit scores", () => submitScores(actor, assessmentId, supplierId, parsed.data));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(supplierPage(assessmentId, supplierId, "scoresSubmitted"));
}
