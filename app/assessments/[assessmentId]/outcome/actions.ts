"use server";

import { z } from "zod";
import { parseOutcome } from "@/lib/forms/outcome";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { awardedSupplierId, isoDate, outcomeDecision, outcomeFields } from "@/lib/schemas/lifecycle";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { setArchived } from "@/lib/server/assessments/archive-assessment";
import { previewOutcome, recordOutcome, type OutcomeDecision } from "@/lib/server/assessments/record-outcome";

const confirmPage = (assessmentId: string, decision: OutcomeDecision) => {
  const query = new URLSearchParams({ decision: decision.decision, on: decision.decidedOn, ...(decision.decision === "awarded" ? { supplier: decision.supplierOrganisationId } : {}) });
  return `/assessments/${assessmentId}/outcome/confirm?${query}`;
};

/** First step: the decision is checked, then confirmed on the next page. */
export const chooseOutcomeAction = formAction({
  name: "choose outcome",
  roles: assessmentEditors,
  bound: [recordId],
  fields: outcomeFields,
  parse: parseOutcome,
  run: async ({ actor, bound: [assessmentId], input }) => ((await previewOutcome(actor, assessmentId, input)) ? input : null),
  then: (decision, [assessmentId]) => confirmPage(assessmentId, decision),
});

/** Second step: the decision itself. Its notice to the suppliers that submitted comes back with the result. */
export const recordOutcomeAction = formAction({
  name: "record outcome",
  roles: assessmentEditors,
  bound: [recordId, outcomeDecision, awardedSupplierId, isoDate, recordVersion],
  run: ({ actor, bound: [assessmentId, decision, supplierOrganisationId, decidedOn, version] }) =>
    recordOutcome(actor, assessmentId, decision === "awarded" ? { decision, supplierOrganisationId, decidedOn } : { decision, decidedOn }, version),
  then: (_, [assessmentId, decision]) => `/assessments/${assessmentId}?done=${decision}`,
});

export const setArchivedAction = formAction({
  name: "archive assessment",
  roles: assessmentEditors,
  bound: [recordId, z.boolean()],
  run: ({ actor, bound: [assessmentId, archived] }) => setArchived(actor, assessmentId, archived),
  then: (_, [assessmentId, archived]) => `/assessments/${assessmentId}?done=${archived ? "archived" : "unarchived"}`,
});
