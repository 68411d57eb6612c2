"use server";

import { clarificationAnswerSchema } from "@/lib/schemas/responses";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { answerQuestion } from "@/lib/server/clarifications/clarifications";

/** The first answer publishes the question in the wording on the same form; a correction changes the answer only. */
export const answerQuestionAction = formAction({
  name: "answer clarification question",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: (formData) => (formData.has("wording") ? ["wording", "answer"] : ["answer"]),
  input: clarificationAnswerSchema,
  run: ({ actor, bound: [assessmentId, questionId], input }) => answerQuestion(actor, assessmentId, questionId, input.answer, input.wording),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}/questions?done=answered`,
});
