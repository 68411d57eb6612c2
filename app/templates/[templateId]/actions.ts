"use server";

import { parseWithDeadline } from "@/lib/forms/deadline";
import { copyTemplateFields, copyTemplateSchema } from "@/lib/schemas/assessments";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { copyTemplate } from "@/lib/server/assessments/templates";

export const copyTemplateAction = formAction({
  name: "copy template",
  roles: assessmentEditors,
  bound: [recordId],
  fields: copyTemplateFields,
  parse: (values) => parseWithDeadline(copyTemplateSchema, values, new Date()),
  once: true,
  run: ({ actor, bound: [templateId], input }) => copyTemplate(actor, templateId, input),
  then: (copy) => `/assessments/${copy.id}?done=copied`,
});
