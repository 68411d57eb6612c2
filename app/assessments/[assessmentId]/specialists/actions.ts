"use server";

import { grantSpecialistSchema } from "@/lib/schemas/scoring";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { grantSharedSpecialist, revokeSharedSpecialist } from "@/lib/server/assessments/specialists";

const back = (assessmentId: string, done: string) => `/assessments/${assessmentId}?done=${done}#shared-specialists`;

export const grantSharedSpecialistAction = formAction({
  name: "grant shared specialist",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["email"],
  input: grantSpecialistSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => grantSharedSpecialist(actor, assessmentId, input.email),
  then: (_, [assessmentId]) => back(assessmentId, "sharedSpecialistGranted"),
});

export const revokeSharedSpecialistAction = formAction({
  name: "revoke shared specialist",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  run: ({ actor, bound: [assessmentId, specialistId] }) => revokeSharedSpecialist(actor, assessmentId, specialistId),
  then: (_, [assessmentId]) => back(assessmentId, "sharedSpecialistRevoked"),
});
