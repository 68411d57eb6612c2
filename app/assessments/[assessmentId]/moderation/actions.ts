"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { consensusFields, consensusSchema } from "@/lib/schemas/scoring";
import { requireActor } from "@/lib/server/auth/actor";
import { isFailure, withFormErrors } from "@/lib/server/form-action";
import { recordConsensus } from "@/lib/server/scoring/record-consensus";

/** The page binds the scale it showed; the use case checks the score against the assessment's scale again. */
export async function recordConsensusAction(assessmentId: string, supplierId: string, criterionId: string, scaleValues: number[], _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: ["procurement-officer"] });
  const values = formValues(formData, consensusFields);
  const parsed = consensusSchema(scaleValues).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "record consensus", () => recordConsensus(actor, assessmentId, supplierId, criterionId, parsed.data));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}/moderation?done=recorded#${supplierId}-${criterionId}`);
}
