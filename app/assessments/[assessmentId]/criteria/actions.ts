"use server";

import { accept, fieldErrors, refuse } from "@/lib/forms/form-state";
import { criterionFields, criterionSchema, ownCriterionFields, ownCriterionSchema, weightsSchema } from "@/lib/schemas/assessments";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { addCriteria, removeCriterion, updateCriterion, updateWeights } from "@/lib/server/assessments/criteria";

const descriptorField = /^descriptor-(-?\d{1,4}(?:\.\d{1,2})?)-(en|cy)$/;
const maxFields = 500;
const assessmentPage = (assessmentId: string, done: string) => `/assessments/${assessmentId}?done=${done}`;

export const updateCriterionAction = formAction({
  name: "update criterion",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: (formData) => [...criterionFields, ...[...formData.keys()].filter((key) => descriptorField.test(key)).slice(0, maxFields)],
  parse: (values) => {
    const parsed = criterionSchema.safeParse(values);
    const descriptors: Record<string, { en: string; cy: string }> = {};
    for (const [key, text] of Object.entries(values)) {
      const match = descriptorField.exec(key);
      if (!match) continue;
      descriptors[match[1]] ??= { en: "", cy: "" };
      descriptors[match[1]][match[2] as "en" | "cy"] = text.trim().slice(0, 2000);
    }
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    const missing = Object.entries(descriptors).find(([, text]) => !text.en);
    if (missing) return refuse({ [`descriptor-${missing[0]}-en`]: "descriptor.required" });
    return accept({ ...parsed.data, descriptors });
  },
  run: ({ actor, bound: [assessmentId, criterionId], input }) => updateCriterion(actor, assessmentId, criterionId, input),
  then: (_, [assessmentId]) => assessmentPage(assessmentId, "criterionSaved"),
});

export const removeCriterionAction = formAction({
  name: "remove criterion",
  roles: assessmentEditors,
  bound: [recordId, recordId, recordVersion],
  run: ({ actor, bound: [assessmentId, criterionId, version] }) => removeCriterion(actor, assessmentId, criterionId, version),
  then: (_, [assessmentId]) => assessmentPage(assessmentId, "criterionRemoved"),
});

export const addCriteriaAction = formAction({
  name: "add criteria",
  roles: assessmentEditors,
  bound: [recordId, recordVersion],
  fields: ownCriterionFields,
  parse: (values, _bound, formData) => {
    const own = ownCriterionSchema.safeParse(values);
    if (!own.success) return refuse(fieldErrors(own.error));
    return accept({ frameworkCriterionIds: formData.getAll("frameworkCriterionIds").map(String).slice(0, maxFields), own: own.data });
  },
  run: ({ actor, bound: [assessmentId, version], input }) => addCriteria(actor, assessmentId, { ...input, version }),
  then: (_, [assessmentId]) => assessmentPage(assessmentId, "criteriaAdded"),
});

export const updateWeightsAction = formAction({
  name: "update weights",
  roles: assessmentEditors,
  bound: [recordId],
  fields: (formData) => [...[...formData.keys()].filter((key) => key.startsWith("weight-")).slice(0, maxFields), "version"],
  input: weightsSchema,
  run: ({ actor, bound: [assessmentId], input }) => updateWeights(actor, assessmentId, input.weights, input.version),
  then: (_, [assessmentId]) => assessmentPage(assessmentId, "weightsSaved"),
});
