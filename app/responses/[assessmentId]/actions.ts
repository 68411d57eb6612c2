"use server";

import { notFound, redirect } from "next/navigation";
import { serviceFootprintDeclarationSchema } from "@/lib/domain/case/footprint-schema";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { gateResultOf } from "@/lib/domain/responses/conditions";
import { answerFields, answerSchema, conditionField, conditionsSchema, footprintFields, footprintSchema, questionSchema, submitResponseFields, submitResponseSchema } from "@/lib/schemas/responses";
import { requireActor } from "@/lib/server/auth/actor";
import { askQuestion } from "@/lib/server/clarifications/clarifications";
import { inspectUpload } from "@/lib/server/files/inspect-upload";
import { removeResponseFile } from "@/lib/server/files/remove-response-file";
import { isFailure, withFormErrors } from "@/lib/server/form-action";
import { safeReturnPath } from "@/lib/server/safe-return-path";
import { responseDrafters, responseSubmitters } from "@/lib/server/responses/access";
import { copyEvidenceProfile, saveFootprint } from "@/lib/server/responses/change-evidence";
import { declareConditions } from "@/lib/server/responses/declare-conditions";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { submitResponse, withdrawResponse } from "@/lib/server/responses/submit-response";

const base = (assessmentId: string) => `/responses/${encodeURIComponent(assessmentId)}`;

export async function saveAnswerAction(assessmentId: string, criterionId: string, nextPath: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, answerFields);
  const actor = await requireActor({ roles: responseDrafters });
  const parsed = answerSchema.safeParse(values);
  const file = await inspectUpload(formData.get("file"));
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(file && "refusal" in file ? { file: file.refusal } : {}) };
  if (!parsed.success || Object.keys(errors).length > 0) return { errors, values };
  const upload = file && "upload" in file ? file.upload : null;
  const outcome = await withFormErrors(values, "save answer", () => saveAnswer(actor, assessmentId, criterionId, parsed.data, upload));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  if ("stale" in outcome) return { errors: { answer: "answer.changedByOthers" }, values: { ...values, version: String(outcome.stale.version), savedAnswer: outcome.stale.answer, savedLanguage: outcome.stale.language } };
  // "Upload and stay" keeps the person on the question to add more files.
  if (formData.get("stay") === "yes") redirect(`${base(assessmentId)}/criteria/${encodeURIComponent(criterionId)}?done=saved`);
  const next = safeReturnPath(nextPath, base(assessmentId));
  redirect(`${next}${next.includes("?") ? "&" : "?"}done=saved`);
}

export async function removeFileAction(assessmentId: string, criterionId: string, fileId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: responseDrafters });
  const outcome = await withFormErrors({}, "remove file", () => removeResponseFile(actor, assessmentId, fileId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`${base(assessmentId)}/criteria/${encodeURIComponent(criterionId)}?done=fileRemoved`);
}

export async function copyEvidenceAction(assessmentId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: responseDrafters });
  const outcome = await withFormErrors({}, "copy evidence profile", () => copyEvidenceProfile(actor, assessmentId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`${base(assessmentId)}?done=evidenceCopied`);
}

export async function saveFootprintAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, footprintFields);
  const actor = await requireActor({ roles: responseDrafters });
  const parsed = footprintSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const input = parsed.data;
  const footprint = serviceFootprintDeclarationSchema.safeParse({
    hosting: [{ region: input.hostingRegion, electricityKWhPerYear: input.hostingKWh, ...(input.pue !== undefined ? { powerUsageEffectiveness: input.pue } : {}) }],
    devices: input.deviceDescription
      ? [{ kind: input.deviceKind, description: input.deviceDescription, count: input.deviceCount, embodiedKgCO2eEach: input.deviceEmbodied, lifetimeYears: input.deviceLifetime, ...(input.deviceKWh !== undefined ? { electricityKWhPerYearEach: input.deviceKWh } : {}) }]
      : [],
    ...(input.dataGB !== undefined ? { dataTransferredGBPerYear: input.dataGB } : {}),
    ...(input.usersRegion ? { usersRegion: input.usersRegion } : {}),
  });
  // The fields were each checked above; the rules engine's schema also checks them together.
  if (!footprint.success) return { errors: { form: "footprint.invalid" }, values };
  const declaration = footprint.data;
  const outcome = await withFormErrors(values, "save footprint", () => saveFootprint(actor, assessmentId, declaration));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`${base(assessmentId)}/footprint?done=footprintSaved`);
}

export async function saveConditionsAction(assessmentId: string, gateIds: string[], _state: FormState, formData: FormData): Promise<FormState> {
  const fields = gateIds.map(conditionField);
  const values = formValues(formData, fields);
  const actor = await requireActor({ roles: responseDrafters });
  const parsed = conditionsSchema(gateIds).safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const answers = Object.fromEntries(gateIds.map((id) => [id, gateResultOf(parsed.data[conditionField(id)])]));
  const outcome = await withFormErrors(values, "declare conditions", () => declareConditions(actor, assessmentId, answers));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`${base(assessmentId)}/check`);
}

export async function submitResponseAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, submitResponseFields);
  const actor = await requireActor({ roles: responseSubmitters });
  const parsed = submitResponseSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "submit response", () => submitResponse(actor, assessmentId, parsed.data.version));
  if (outcome === null) notFound();
  if ("errors" in outcome) return outcome;
  redirect(`${base(assessmentId)}/confirmation`);
}

export async function withdrawResponseAction(assessmentId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: responseSubmitters });
  const outcome = await withFormErrors({}, "withdraw response", () => withdrawResponse(actor, assessmentId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  redirect(`${base(assessmentId)}?done=withdrawn`);
}

export async function askQuestionAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["question"]);
  const actor = await requireActor({ roles: responseDrafters });
  const parsed = questionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "ask clarification question", () => askQuestion(actor, assessmentId, parsed.data.question));
  if (outcome === null) notFound();
  if ("errors" in outcome) return outcome;
  redirect(`${base(assessmentId)}/questions?done=asked`);
}
