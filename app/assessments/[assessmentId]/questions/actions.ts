"use server";

import { clarificationAnswerSchema } from "@/lib/schemas/responses";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { answerQuestion } from "@/lib/server/clarifications/clarifications";

export const answerQuestionAction = formAction({
  name: "answer clarification question",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: ["answer"],
  input: clarificationAnswerSchema,
  run: ({ actor, bound: [assessmentId, questionId], input }) => answerQuestion(actor, assessmentId, questionId, input.answer),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}/questions?done=answered`,
});
