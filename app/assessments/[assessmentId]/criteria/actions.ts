"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { criterionFields, criterionSchema } from "@/lib/schemas/assessments";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { addCriteria, removeCriterion, updateCriterion, updateWeights } from "@/lib/server/assessments/criteria";
import { isFailure, withFormErrors } from "@/lib/server/form-action";

const descriptorField = /^descriptor-(-?\d+(?:\.\d+)?)-(en|cy)$/;

export async function updateCriterionAction(assessmentId: string, criterionId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const descriptorKeys = [...formData.keys()].filter((key) => descriptorField.test(key));
  const values = formValues(formData, [...criterionFields, ...descriptorKeys]);
  const parsed = criterionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const descriptors: Record<string, { en: string; cy: string }> = {};
  for (const key of descriptorKeys) {
    const [, point, language] = descriptorField.exec(key)!;
    descriptors[point] ??= { en: "", cy: "" };
    descriptors[point][language as "en" | "cy"] = values[key].trim();
  }
  const missing = Object.entries(descriptors).find(([, text]) => !text.en);
  if (missing) return { errors: { [`descriptor-${missing[0]}-en`]: "descriptor.required" }, values };
  const outcome = await withFormErrors(values, "update criterion", () => updateCriterion(actor, assessmentId, criterionId, { ...parsed.data, descriptors }));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}?done=criterionSaved`);
}

export async function removeCriterionAction(assessmentId: string, criterionId: string, version: number, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "remove criterion", () => removeCriterion(actor, assessmentId, criterionId, version));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}?done=criterionRemoved`);
}

export async function addCriteriaAction(assessmentId: string, version: number, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["ownTitle", "ownQuestion", "ownRule"]);
  const frameworkCriterionIds = formData.getAll("frameworkCriterionIds").map(String);
  const wantsOwn = Boolean(values.ownTitle || values.ownQuestion);
  if (wantsOwn && !values.ownTitle) return { errors: { ownTitle: "criterionTitle.required" }, values };
  if (wantsOwn && !values.ownQuestion) return { errors: { ownQuestion: "question.required" }, values };
  if (wantsOwn && !["BR1", "BR2", "BR3", "OUTCOME", "OTHER"].includes(values.ownRule)) return { errors: { ownRule: "rule.required" }, values };
  const own = wantsOwn ? { titleEn: values.ownTitle.trim(), questionEn: values.ownQuestion.trim(), rule: values.ownRule as "OTHER" } : undefined;
  const outcome = await withFormErrors(values, "add criteria", () => addCriteria(actor, assessmentId, { frameworkCriterionIds, own, version }));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}?done=criteriaAdded`);
}

export async function updateWeightsAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const weightKeys = [...formData.keys()].filter((key) => key.startsWith("weight-"));
  const values = formValues(formData, [...weightKeys, "version"]);
  const errors: Record<string, string> = {};
  const weights: Record<string, number> = {};
  for (const key of weightKeys) {
    const text = values[key].trim();
    if (!/^\d{1,3}$/.test(text) || Number(text) > 100) errors[key] = text ? "weight.wholeNumber" : "weight.required";
    else weights[key.slice("weight-".length)] = Number(text);
  }
  if (Object.keys(errors).length) return { errors, values };
  const outcome = await withFormErrors(values, "update weights", () => updateWeights(actor, assessmentId, weights, Number(values.version)));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`/assessments/${assessmentId}?done=weightsSaved`);
}
