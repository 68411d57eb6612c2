"use server";

import { notFound, redirect } from "next/navigation";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { commentSchema, gateSchema, inviteSupplierSchema, resolveCommentSchema } from "@/lib/schemas/assessments";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors, assessmentReaders } from "@/lib/server/assessments/access";
import { addComment, resolveComment } from "@/lib/server/assessments/comments";
import { addGate, removeGate } from "@/lib/server/assessments/gates";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist, removeSpecialist } from "@/lib/server/assessments/specialists";
import { inviteSupplier, withdrawSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";
import { setTemplateSharing } from "@/lib/server/assessments/templates";
import { isFailure, withFormErrors } from "@/lib/server/form-action";

// Thin actions: parse → actor → one use case → redirect or field errors. A use case answering null means the
// assessment is not the actor's to change: 404.

const back = (assessmentId: string, done: string, anchor = ""): never => redirect(`/assessments/${assessmentId}?done=${done}${anchor}`);

export async function addSpecialistAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["userId"]);
  if (!values.userId) return { errors: { userId: "specialist.required" }, values };
  const outcome = await withFormErrors(values, "add specialist", () => addSpecialist(actor, assessmentId, values.userId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "specialistAdded", "#specialists");
}

export async function removeSpecialistAction(assessmentId: string, specialistId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "remove specialist", () => removeSpecialist(actor, assessmentId, specialistId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "specialistRemoved", "#specialists");
}

export async function addCommentAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentReaders });
  const values = formValues(formData, ["criterionId", "body"]);
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "add comment", () => addComment(actor, assessmentId, parsed.data));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "commentAdded", "#comments");
}

export async function resolveCommentAction(assessmentId: string, commentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["resolution"]);
  const parsed = resolveCommentSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "resolve comment", () => resolveComment(actor, assessmentId, commentId, parsed.data.resolution));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "commentResolved", "#comments");
}

export async function publishAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["version"]);
  const outcome = await withFormErrors(values, "publish assessment", () => publishAssessment(actor, assessmentId, Number(values.version)));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "published");
}

export async function inviteSupplierAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["by", "supplierOrganisationId", "email"]);
  const parsed = inviteSupplierSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const input = parsed.data.by === "organisation" ? { supplierOrganisationId: parsed.data.supplierOrganisationId } : { email: parsed.data.email };
  const outcome = await withFormErrors(values, "invite supplier", () => inviteSupplier(actor, assessmentId, input));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  if (outcome.token) redirect(`/assessments/${assessmentId}/suppliers/invited?invitation=${outcome.invitationId}&token=${outcome.token}`);
  return back(assessmentId, "supplierInvited", "#suppliers");
}

export async function withdrawInvitationAction(assessmentId: string, invitationId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "withdraw invitation", () => withdrawSupplierInvitation(actor, assessmentId, invitationId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "invitationWithdrawn", "#suppliers");
}

export async function setTemplateAction(assessmentId: string, shared: boolean, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "share template", () => setTemplateSharing(actor, assessmentId, shared));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, shared ? "templateShared" : "templateUnshared");
}

export async function addGateAction(assessmentId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const values = formValues(formData, ["questionEn", "questionCy"]);
  const parsed = gateSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const outcome = await withFormErrors(values, "add gate", () => addGate(actor, assessmentId, { en: parsed.data.questionEn, cy: parsed.data.questionCy }));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "gateAdded", "#gates");
}

export async function removeGateAction(assessmentId: string, gateId: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor({ roles: assessmentEditors });
  const outcome = await withFormErrors({}, "remove gate", () => removeGate(actor, assessmentId, gateId));
  if (outcome === null) notFound();
  if (isFailure(outcome)) return outcome;
  return back(assessmentId, "gateRemoved", "#gates");
}
