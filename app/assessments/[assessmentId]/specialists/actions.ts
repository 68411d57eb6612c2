"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { grantSpecialistSchema } from "@/lib/schemas/scoring";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { grantSharedSpecialist, revokeSharedSpecialist } from "@/lib/server/assessments/specialists";
import { isFailure, withFormErrors } from "@/lib/server/form-action";

const back = (assessmentId: string, done: string): never => redirect(`/assessments/${assessmentId}?done=${done}#shared-specialists`);

export async function grantSharedSpecialistAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["email"]);
  const parsed = grantSpecialistSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "grant shared specialist", () => grantSharedSpecialist(actor, assessmentId, parsed.data.email));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "sharedSpecialistGranted");
}

export async function revokeSharedSpecialistAction(assessmentId: string, specialistId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "revoke shared specialist", () => revokeSharedSpecialist(actor, assessmentId, specialistId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "sharedSpecialistRevoked");
}
