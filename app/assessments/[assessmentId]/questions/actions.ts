"use server";

import { clarificationAnswerSchema } from "@/lib/schemas/responses";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { answerQuestion } from "@/lib/server/clarifications/clarifications";
import { editQuestionWording } from "@/lib/server/clarifications/edit-question";
import { questionWordingSchema } from "@/lib/schemas/lifecycle";

export const answerQuestionAction = formAction({
  name: "answer clarification question",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: ["answer"],
  input: clarificationAnswerSchema,
  run: ({ actor, bound: [assessmentId, questionId], input }) => answerQuestion(actor, assessmentId, questionId, input.answer),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}/questions?done=answered`,
});

export const editQuestionWordingAction = formAction({
  name: "edit clarification question",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: ["wording"],
  input: questionWordingSchema,
  run: ({ actor, bound: [assessmentId, questionId], input }) => editQuestionWording(actor, assessmentId, questionId, input.wording),
  then: (_, [assessmentId, questionId]) => `/assessments/${assessmentId}/questions?done=edited#q-${questionId}`,
});
