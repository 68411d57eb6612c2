"use server";

import { redirect } from "next/navigation";
import { deadlineFieldErrors, parseDeadline } from "@/lib/forms/deadline";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { createAssessmentFields, createAssessmentSchema } from "@/lib/schemas/assessments";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { withFormErrors } from "@/lib/server/form-action";

export async function createAssessmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, createAssessmentFields);
  const parsed = createAssessmentSchema.safeParse(values);
  const deadline = parseDeadline(values as Parameters<typeof parseDeadline>[0], new Date());
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...deadlineFieldErrors(deadline) };
  if (!parsed.success || "error" in deadline) return { errors, values };
  const outcome = await withFormErrors(values, "create assessment", () => createAssessment(actor, { ...parsed.data, responseDeadline: deadline.deadline }));
  if ("errors" in outcome) return outcome;
  redirect(`/assessments/${outcome.id}?done=created`);
}
