"use server";

import { z } from "zod";
import { accept, fieldErrors, refuse } from "@/lib/forms/form-state";
import { criterionFields, criterionSchema, weightsSchema } from "@/lib/schemas/assessments";
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

const ownCriterionRules = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const;

export const addCriteriaAction = formAction({
  name: "add criteria",
  roles: assessmentEditors,
  bound: [recordId, recordVersion],
  fields: ["ownTitle", "ownQuestion", "ownRule"],
  parse: (values, _bound, formData) => {
    const frameworkCriterionIds = formData.getAll("frameworkCriterionIds").map(String).slice(0, maxFields);
    const wantsOwn = Boolean(values.ownTitle.trim() || values.ownQuestion.trim());
    if (wantsOwn && !values.ownTitle.trim()) return refuse({ ownTitle: "criterionTitle.required" });
    if (wantsOwn && !values.ownQuestion.trim()) return refuse({ ownQuestion: "question.required" });
    const rule = z.enum(ownCriterionRules).safeParse(values.ownRule);
    if (wantsOwn && !rule.success) return refuse({ ownRule: "rule.required" });
    if (values.ownTitle.length > 300) return refuse({ ownTitle: "criterionTitle.tooLong" });
    if (values.ownQuestion.length > 5000) return refuse({ ownQuestion: "question.tooLong" });
    const own = wantsOwn && rule.success ? { titleEn: values.ownTitle.trim(), questionEn: values.ownQuestion.trim(), rule: rule.data } : undefined;
    return accept({ frameworkCriterionIds, own });
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
