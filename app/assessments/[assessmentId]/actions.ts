"use server";

import { z } from "zod";
import { addSpecialistSchema, assessmentTextFields, assessmentTextSchema, commentSchema, gateSchema, inviteSupplierSchema, resolveCommentSchema } from "@/lib/schemas/assessments";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors, assessmentReaders } from "@/lib/server/assessments/access";
import { addComment, resolveComment } from "@/lib/server/assessments/comments";
import { addGate, removeGate } from "@/lib/server/assessments/gates";
import { setOpenData } from "@/lib/server/assessments/open-data";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist, removeSpecialist } from "@/lib/server/assessments/specialists";
import { inviteSupplier, resendSupplierInvitation, withdrawSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";
import { setTemplateSharing } from "@/lib/server/assessments/templates";
import { updateAssessmentText } from "@/lib/server/assessments/update-assessment-text";
import { rememberInvitationLink } from "@/lib/server/invitation-flash";

const back = (assessmentId: string, done: string, anchor = "") => `/assessments/${assessmentId}?done=${done}${anchor}`;

export const addSpecialistAction = formAction({
  name: "add specialist",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["userId"],
  input: addSpecialistSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => addSpecialist(actor, assessmentId, input.userId),
  then: (_, [assessmentId]) => back(assessmentId, "specialistAdded", "#specialists"),
});

export const removeSpecialistAction = formAction({
  name: "remove specialist",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  run: ({ actor, bound: [assessmentId, specialistId] }) => removeSpecialist(actor, assessmentId, specialistId),
  then: (_, [assessmentId]) => back(assessmentId, "specialistRemoved", "#specialists"),
});

export const addCommentAction = formAction({
  name: "add comment",
  roles: assessmentReaders,
  bound: [recordId],
  fields: ["criterionId", "body"],
  input: commentSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => addComment(actor, assessmentId, input),
  // A comment added on a criterion's own page comes back there.
  then: (comment, [assessmentId], formData) =>
    formData.get("from") === "criterion" && comment.criterionId ? `/assessments/${assessmentId}/criteria/${comment.criterionId}?done=commentAdded#comments` : back(assessmentId, "commentAdded", "#comments"),
});

export const resolveCommentAction = formAction({
  name: "resolve comment",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  fields: ["resolution"],
  input: resolveCommentSchema,
  run: ({ actor, bound: [assessmentId, commentId], input }) => resolveComment(actor, assessmentId, commentId, input.resolution),
  then: (_, [assessmentId]) => back(assessmentId, "commentResolved", "#comments"),
});

export const publishAction = formAction({
  name: "publish assessment",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["version"],
  input: z.object({ version: z.coerce.number().pipe(recordVersion) }),
  run: ({ actor, bound: [assessmentId], input }) => publishAssessment(actor, assessmentId, input.version),
  then: (_, [assessmentId]) => back(assessmentId, "published"),
});

export const inviteSupplierAction = formAction({
  name: "invite supplier",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["by", "supplierOrganisationId", "email"],
  input: inviteSupplierSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) =>
    inviteSupplier(actor, assessmentId, input.by === "organisation" ? { supplierOrganisationId: input.supplierOrganisationId } : { email: input.email }),
  then: async (outcome, [assessmentId]) => {
    if (!outcome.token) return back(assessmentId, "supplierInvited", "#suppliers");
    // The link is shown on the confirmation page and never travels in a URL.
    await rememberInvitationLink(outcome.invitationId, outcome.token);
    return `/assessments/${assessmentId}/suppliers/invited?invitation=${outcome.invitationId}`;
  },
});

export const withdrawInvitationAction = formAction({
  name: "withdraw invitation",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  run: ({ actor, bound: [assessmentId, invitationId] }) => withdrawSupplierInvitation(actor, assessmentId, invitationId),
  then: (_, [assessmentId]) => back(assessmentId, "invitationWithdrawn", "#suppliers"),
});

export const resendInvitationAction = formAction({
  name: "resend supplier invitation",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  run: ({ actor, bound: [assessmentId, invitationId] }) => resendSupplierInvitation(actor, assessmentId, invitationId),
  then: async (outcome, [assessmentId]) => {
    await rememberInvitationLink(outcome.invitationId, outcome.token);
    return `/assessments/${assessmentId}/suppliers/invited?invitation=${outcome.invitationId}&resent=1`;
  },
});

export const setTemplateAction = formAction({
  name: "share template",
  roles: assessmentEditors,
  bound: [recordId, z.boolean()],
  run: ({ actor, bound: [assessmentId, shared] }) => setTemplateSharing(actor, assessmentId, shared),
  then: (_, [assessmentId, shared]) => back(assessmentId, shared ? "templateShared" : "templateUnshared"),
});

export const setOpenDataAction = formAction({
  name: "open data",
  roles: assessmentEditors,
  bound: [recordId, z.boolean()],
  run: ({ actor, bound: [assessmentId, open] }) => setOpenData(actor, assessmentId, open),
  then: (_, [assessmentId, open]) => back(assessmentId, open ? "openDataPublished" : "openDataWithdrawn", "#open-data"),
});

export const addGateAction = formAction({
  name: "add gate",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["questionEn", "questionCy"],
  input: gateSchema,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => addGate(actor, assessmentId, { en: input.questionEn, cy: input.questionCy }),
  then: (_, [assessmentId]) => back(assessmentId, "gateAdded", "#gates"),
});

export const removeGateAction = formAction({
  name: "remove gate",
  roles: assessmentEditors,
  bound: [recordId, recordId],
  run: ({ actor, bound: [assessmentId, gateId] }) => removeGate(actor, assessmentId, gateId),
  then: (_, [assessmentId]) => back(assessmentId, "gateRemoved", "#gates"),
});

export const updateAssessmentTextAction = formAction({
  name: "update assessment text",
  roles: assessmentEditors,
  bound: [recordId],
  fields: assessmentTextFields,
  input: assessmentTextSchema,
  run: ({ actor, bound: [assessmentId], input }) => updateAssessmentText(actor, assessmentId, input),
  then: (_, [assessmentId]) => back(assessmentId, "detailsSaved"),
});
