"use server";

import { deadlineFields, assessmentDetailsSchema } from "@/lib/schemas/assessments";
import { parseWithDeadline } from "@/lib/forms/deadline";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { copyTemplate } from "@/lib/server/assessments/templates";

const copySchema = assessmentDetailsSchema.pick({ title: true, reference: true, description: true, annualContractValue: true });

export const copyTemplateAction = formAction({
  name: "copy template",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["title", "reference", "description", "annualContractValue", ...deadlineFields],
  parse: (values) => parseWithDeadline(copySchema, values, new Date()),
  once: true,
  run: ({ actor, bound: [templateId], input }) => copyTemplate(actor, templateId, input),
  then: (copy) => `/assessments/${copy.id}?done=copied`,
});
