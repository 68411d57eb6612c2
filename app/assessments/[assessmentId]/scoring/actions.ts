"use server";

import { accept, fieldErrors, refuse, type Parsed } from "@/lib/forms/form-state";
import { recordId, recordIds, scalePoints } from "@/lib/schemas/ids";
import { conflictDecisionSchema, conflictFields, conflictSchema, scoreDraftSchema, scoreSheetFields, scoreSheetSchema, type ScoreDraft, type ScoreSheet } from "@/lib/schemas/scoring";
import { formAction } from "@/lib/server/action";
import { decideConflict } from "@/lib/server/scoring/decide-conflict";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { saveScoreDraft } from "@/lib/server/scoring/save-score-draft";
import { submitScores } from "@/lib/server/scoring/submit-scores";

const evaluatorRoles = ["procurement-officer", "sustainability-specialist"] as const;
const supplierPage = (assessmentId: string, supplierId: string, done: string) => `/assessments/${assessmentId}/scoring/${supplierId}?done=${done}`;

export const declareConflictAction = formAction({
  name: "declare conflict",
  roles: evaluatorRoles,
  bound: [recordId, recordId],
  fields: conflictFields,
  input: conflictSchema,
  run: ({ actor, bound: [assessmentId, supplierId], input }) => declareConflict(actor, assessmentId, supplierId, { hasConflict: input.hasConflict === "yes", details: input.details }),
  then: (outcome, [assessmentId, supplierId]) => supplierPage(assessmentId, supplierId, outcome.hasConflict ? "conflictPending" : "conflictDeclared"),
});

export const decideConflictAction = formAction({
  name: "decide conflict",
  roles: ["procurement-officer"],
  bound: [recordId, recordId],
  fields: ["decision"],
  input: conflictDecisionSchema,
  run: ({ actor, bound: [assessmentId, declarationId], input }) => decideConflict(actor, assessmentId, declarationId, input.decision),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}/scoring?done=conflictDecided#conflicts`,
});

/**
 * The page binds the criteria and scale it showed; the use case checks them again against the assessment. "Save
 * as draft" keeps the sheet as typed (a score given must still be on the scale); "Submit" needs every criterion.
 */
export const submitScoresAction = formAction({
  name: "submit scores",
  roles: evaluatorRoles,
  bound: [recordId, recordId, recordIds, scalePoints],
  fields: (_, [, , criterionIds]) => scoreSheetFields(criterionIds),
  parse: (values, [, , criterionIds, scaleValues], formData): Parsed<{ draft: ScoreDraft } | { sheet: ScoreSheet }> => {
    const draft = formData.get("intent") === "draft";
    const parsed = (draft ? scoreDraftSchema(criterionIds, scaleValues) : scoreSheetSchema(criterionIds, scaleValues)).safeParse(values);
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    return accept(draft ? { draft: parsed.data as ScoreDraft } : { sheet: parsed.data as ScoreSheet });
  },
  run: ({ actor, bound: [assessmentId, supplierId], input }): Promise<{ savedAt: Date } | { submitted: number } | null> =>
    "draft" in input ? saveScoreDraft(actor, assessmentId, supplierId, input.draft) : submitScores(actor, assessmentId, supplierId, input.sheet),
  then: (outcome, [assessmentId, supplierId]) => supplierPage(assessmentId, supplierId, "savedAt" in outcome ? "draftSaved" : "scoresSubmitted"),
});
