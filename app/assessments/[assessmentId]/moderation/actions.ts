"use server";

import { consensusFields, consensusSchema } from "@/lib/schemas/scoring";
import { recordId, scalePoints } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { recordConsensus } from "@/lib/server/scoring/record-consensus";

/** The page binds the scale it showed; the use case checks the score against the assessment's scale again. */
export const recordConsensusAction = formAction({
  name: "record consensus",
  roles: ["procurement-officer"],
  bound: [recordId, recordId, recordId, scalePoints],
  fields: consensusFields,
  input: ([, , , scaleValues]) => consensusSchema(scaleValues),
  run: ({ actor, bound: [assessmentId, supplierId, criterionId], input }) => recordConsensus(actor, assessmentId, supplierId, criterionId, input),
  then: (_, [assessmentId, supplierId, criterionId]) => `/assessments/${assessmentId}/moderation?done=recorded#${supplierId}-${criterionId}`,
});
