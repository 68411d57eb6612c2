"use server";

import { conflictDecisionSchema, conflictFields, conflictSchema, scoreSheetFields, scoreSheetSchema } from "@/lib/schemas/scoring";
import { recordId, recordIds, scalePoints } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { decideConflict } from "@/lib/server/scoring/decide-conflict";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
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

/** The page binds the criteria and scale it showed; the use case checks them again against the assessment. */
export const submitScoresAction = formAction({
  name: "submit scores",
  roles: evaluatorRoles,
  bound: [recordId, recordId, recordIds, scalePoints],
  fields: (_, [, , criterionIds]) => scoreSheetFields(criterionIds),
  input: ([, , criterionIds, scaleValues]) => scoreSheetSchema(criterionIds, scaleValues),
  run: ({ actor, bound: [assessmentId, supplierId], input }) => submitScores(actor, assessmentId, supplierId, input),
  then: (_, [assessmentId, supplierId]) => supplierPage(assessmentId, supplierId, "scoresSubmitted"),
});
