"use server";

import { notFound, redirect } from "next/navigation";
import { deadlineFieldErrors, parseDeadline } from "@/lib/forms/deadline";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { assessmentDetailsSchema } from "@/lib/schemas/assessments";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { copyTemplate } from "@/lib/server/assessments/templates";
import { isFailure, withFormErrors } from "@/lib/server/form-action";

const copySchema = assessmentDetailsSchema.pick({ title: true, reference: true });

export async function copyTemplateAction(templateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["title", "reference", "deadlineDay", "deadlineMonth", "deadlineYear", "deadlineTime"]);
  const parsed = copySchema.safeParse(values);
  const deadline = parseDeadline(values as Parameters<typeof parseDeadline>[0], new Date());
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...deadlineFieldErrors(deadline) };
  if (!parsed.success || "error" in deadline) return { errors, values };
  const outcome = await withFormErrors(values, "copy template", () => copyTemplate(actor, templateId, { ...parsed.data, responseDeadline: deadline.deadline }));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${outcome.id}?done=copied`);
}
