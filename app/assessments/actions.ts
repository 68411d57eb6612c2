"use server";

import { parseWithDeadline } from "@/lib/forms/deadline";
import { createAssessmentFields, createAssessmentSchema } from "@/lib/schemas/assessments";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { createAssessment } from "@/lib/server/assessments/create-assessment";

export const createAssessmentAction = formAction({
  name: "create assessment",
  roles: assessmentEditors,
  bound: [],
  fields: createAssessmentFields,
  parse: (values) => parseWithDeadline(createAssessmentSchema, values, new Date()),
  once: true,
  run: ({ actor, input }) => createAssessment(actor, input),
  then: (created) => `/assessments/${created.id}?done=created`,
});
