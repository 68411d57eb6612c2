"use server";

import { parseWithDeadline } from "@/lib/forms/deadline";
import { recordId } from "@/lib/schemas/ids";
import { changeDetailsFields, changeDetailsSchema } from "@/lib/schemas/lifecycle";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { changeAssessmentDetails } from "@/lib/server/assessments/change-assessment-details";

export const changeDetailsAction = formAction({
  name: "change assessment details",
  roles: assessmentEditors,
  bound: [recordId],
  fields: changeDetailsFields,
  parse: (values) => parseWithDeadline(changeDetailsSchema, values, new Date()),
  run: ({ actor, bound: [assessmentId], input }) => changeAssessmentDetails(actor, assessmentId, input),
  then: (changed, [assessmentId]) => `/assessments/${assessmentId}?done=${changed.carbonReductionPlanChanged ? "detailsChangedCrp" : "detailsChanged"}`,
});
