"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { clarificationAnswerSchema } from "@/lib/schemas/responses";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { answerQuestion } from "@/lib/server/clarifications/clarifications";
import { isFailure, withFormErrors } from "@/lib/server/form-action";

export async function answerQuestionAction(assessmentId: string, questionId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["answer"]);
  const actor = await requireActor({ roles: assessmentEditors });
  const parsed = clarificationAnswerSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "answer clarification question", () => answerQuestion(actor, assessmentId, questionId, parsed.data.answer));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${encodeURIComponent(assessmentId)}/questions?done=answered`);
}
