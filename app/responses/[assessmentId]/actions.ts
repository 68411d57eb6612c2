"use server";

import { gateResultOf } from "@/lib/domain/responses/conditions";
import { footprintFields, parseFootprintForm } from "@/lib/forms/footprint";
import { accept, fieldErrors, refuse } from "@/lib/forms/form-state";
import { recordId, recordIds, returnPath } from "@/lib/schemas/ids";
import { answerFields, answerSchema, conditionField, conditionsSchema, questionSchema, submitResponseFields, submitResponseSchema } from "@/lib/schemas/responses";
import { formAction } from "@/lib/server/action";
import { askQuestion } from "@/lib/server/clarifications/clarifications";
import { inspectUpload } from "@/lib/server/files/inspect-upload";
import { removeResponseFile } from "@/lib/server/files/remove-response-file";
import { responseDrafters, responseSubmitters } from "@/lib/server/responses/access";
import { copyEvidenceProfile, saveFootprint } from "@/lib/server/responses/change-evidence";
import { declareConditions } from "@/lib/server/responses/declare-conditions";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { submitResponse, withdrawResponse } from "@/lib/server/responses/submit-response";
import { safeReturnPath } from "@/lib/server/safe-return-path";

const base = (assessmentId: string) => `/responses/${encodeURIComponent(assessmentId)}`;
const criterionPage = (assessmentId: string, criterionId: string, done: string) => `${base(assessmentId)}/criteria/${encodeURIComponent(criterionId)}?done=${done}`;

export const saveAnswerAction = formAction({
  name: "save answer",
  roles: responseDrafters,
  bound: [recordId, recordId, returnPath],
  fields: answerFields,
  parse: async (values, _bound, formData) => {
    const parsed = answerSchema.safeParse(values);
    const file = await inspectUpload(formData.get("file"));
    const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(file && "refusal" in file ? { file: file.refusal } : {}) };
    if (!parsed.success || Object.keys(errors).length > 0) return refuse(errors);
    return accept({ answer: parsed.data, upload: file && "upload" in file ? file.upload : null, stay: formData.get("stay") === "yes", later: formData.get("later") === "yes" });
  },
  run: async ({ actor, bound: [assessmentId, criterionId], input }) => {
    // "Save and come back later" leaves the answer in progress; "Save and continue" finishes it; uploading and
    // staying on the question leaves it as it was.
    const finished = input.later ? false : input.stay ? undefined : true;
    const outcome = await saveAnswer(actor, assessmentId, criterionId, { ...input.answer, finished }, input.upload);
    // Emptied: an answer saved before is now removed; nothing typed where nothing was saved simply moves on.
    const empty = !input.answer.answer && !input.upload;
    return outcome && { ...outcome, stay: input.stay, later: input.later, cleared: empty && input.answer.version > 0, skipped: empty && input.answer.version === 0 };
  },
  then: (outcome, [assessmentId, criterionId, nextPath], formData) => {
    if ("stale" in outcome) {
      const typed = { answer: String(formData.get("answer") ?? ""), language: String(formData.get("language") ?? "") };
      return { errors: { answer: "answer.changedByOthers" }, values: { ...typed, version: String(outcome.stale.version), savedAnswer: outcome.stale.answer, savedLanguage: outcome.stale.language } };
    }
    // "Upload and stay" keeps the person on the question to add more files.
    if (outcome.stay) return criterionPage(assessmentId, criterionId, "saved");
    // "Save and come back later" goes back to the response, which says the answer is kept until the deadline.
    // A removed answer is said on the task list, where that question now shows as not started.
    if (outcome.cleared) return `${base(assessmentId)}?done=cleared`;
    if (outcome.later) return outcome.skipped ? base(assessmentId) : `${base(assessmentId)}?done=savedForLater`;
    const next = safeReturnPath(nextPath, base(assessmentId));
    // "Answer saved" is said on the next question or the task list; the footprint and check pages have messages of their own.
    const saysAnswerSaved = next === base(assessmentId) || next.startsWith(`${base(assessmentId)}/criteria/`);
    return outcome.skipped || !saysAnswerSaved ? next : `${next}${next.includes("?") ? "&" : "?"}done=saved`;
  },
});

export const removeFileAction = formAction({
  name: "remove file",
  roles: responseDrafters,
  bound: [recordId, recordId, recordId],
  run: ({ actor, bound: [assessmentId, , fileId] }) => removeResponseFile(actor, assessmentId, fileId),
  then: (_, [assessmentId, criterionId]) => criterionPage(assessmentId, criterionId, "fileRemoved"),
});

export const copyEvidenceAction = formAction({
  name: "copy evidence profile",
  roles: responseDrafters,
  bound: [recordId],
  run: ({ actor, bound: [assessmentId] }) => copyEvidenceProfile(actor, assessmentId),
  then: (_, [assessmentId]) => `${base(assessmentId)}?done=evidenceCopied`,
});

export const saveFootprintAction = formAction({
  name: "save footprint",
  roles: responseDrafters,
  bound: [recordId],
  fields: footprintFields,
  parse: (values) => parseFootprintForm(values),
  run: ({ actor, bound: [assessmentId], input }) => saveFootprint(actor, assessmentId, input),
  then: (_, [assessmentId]) => `${base(assessmentId)}/footprint?done=footprintSaved`,
});

export const saveConditionsAction = formAction({
  name: "declare conditions",
  roles: responseDrafters,
  bound: [recordId, recordIds],
  fields: (_, [, gateIds]) => gateIds.map(conditionField),
  parse: (values, [, gateIds]) => {
    const parsed = conditionsSchema(gateIds).safeParse(values);
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    return accept(Object.fromEntries(gateIds.map((id) => [id, gateResultOf(parsed.data[conditionField(id)])])));
  },
  run: ({ actor, bound: [assessmentId], input }) => declareConditions(actor, assessmentId, input),
  then: (_, [assessmentId]) => `${base(assessmentId)}/check`,
});

export const submitResponseAction = formAction({
  name: "submit response",
  roles: responseSubmitters,
  bound: [recordId],
  fields: submitResponseFields,
  input: submitResponseSchema,
  once: true,
  // Bound to the version of the response the check answers page showed.
  run: ({ actor, bound: [assessmentId], input }) => submitResponse(actor, assessmentId, input.version),
  then: (_, [assessmentId]) => `${base(assessmentId)}/confirmation`,
});

export const withdrawResponseAction = formAction({
  name: "withdraw response",
  roles: responseSubmitters,
  bound: [recordId],
  run: ({ actor, bound: [assessmentId] }) => withdrawResponse(actor, assessmentId),
  then: (_, [assessmentId]) => `${base(assessmentId)}?done=withdrawn`,
});

export const askQuestionAction = formAction({
  name: "ask clarification question",
  roles: responseDrafters,
  bound: [recordId],
  fields: ["question"],
  input: questionSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => askQuestion(actor, assessmentId, input.question),
  then: (_, [assessmentId]) => `${base(assessmentId)}/questions?done=asked`,
});
