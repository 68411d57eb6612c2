import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation, childOf, plainId } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashInvitationToken } from "@/lib/server/members/invite-member";
import { notifySupplierInvited } from "@/lib/server/notifications/events";
import { changeAssessment } from "./access";

/** Supplier organisations on the service, for the officer to invite by name. */
export async function listSupplierOrganisations() {
  return db.organisation.findMany({ where: { kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true }, orderBy: { nameEn: "asc" } });
}

/**
 * Invites a supplier to a published assessment before its deadline: a supplier organisation on the service, or an
 * e-mail address that gets a single-use link (the token is returned once, to be shown to the officer).
 */
export async function inviteSupplier(actor: Actor, assessmentId: string, input: { supplierOrganisationId?: string; email?: string }, now = new Date()) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, changed) => {
      const assessment = await tx.assessment.findFirstOrThrow({ where: { id: changed.id }, include: { supplierInvitations: { where: { withdrawnAt: null } } } });
      if (assessment.status !== "published") throw new AppError("NOT_PUBLISHED", "invite.notPublished");
      if (assessment.outcome) throw new AppError("DECIDED", "invite.decided");
      if (assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "invite.deadlinePassed");
      if (input.supplierOrganisationId) {
        const supplier = await tx.organisation.findFirst({ where: { id: input.supplierOrganisationId, kind: "supplier" } });
        if (!supplier) throw new AppError("NOT_A_SUPPLIER", "supplierOrganisation.required", "supplierOrganisationId");
        if (assessment.supplierInvitations.some((invitation) => invitation.supplierOrganisationId === supplier.id)) throw new AppError("ALREADY_INVITED", "invite.alreadyInvited", "supplierOrganisationId");
        const invitation = await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplier.id, invitedById: actor.userId } });
        await notifySupplierInvited(tx, { invitationId: invitation.id, assessmentId: assessment.id, supplierOrganisationId: supplier.id });
        return { result: { invitationId: invitation.id, token: null as string | null }, change: { action: "supplier.invited", subjectType: "SupplierInvitation", subjectId: invitation.id, after: { supplier: supplier.nameEn } } };
      }
      const email = input.email!;
      if (assessment.supplierInvitations.some((invitation) => invitation.email === email)) throw new AppError("ALREADY_INVITED", "invite.alreadyInvited", "email");
      const token = randomBytes(32).toString("base64url");
      const invitation = await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, email, tokenHash: hashInvitationToken(token), invitedById: actor.userId } });
      await notifySupplierInvited(tx, { invitationId: invitation.id, assessmentId: assessment.id, email, token });
      return { result: { invitationId: invitation.id, token }, change: { action: "supplier.invited", subjectType: "SupplierInvitation", subjectId: invitation.id, after: { email } } };
    },
    { allowPublished: true },
  );
}

export async function withdrawSupplierInvitation(actor: Actor, assessmentId: string, invitationId: string, now = new Date()) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const invitation = await tx.supplierInvitation.findFirst({ where: { ...childOf(assessment, invitationId), withdrawnAt: null } });
      if (!invitation) throw new AppError("NOT_FOUND", "invite.notFound");
      if (assessment.outcome) throw new AppError("DECIDED", "invite.decided");
      if (assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "invite.deadlinePassed");
      await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { withdrawnAt: now } });
      return { result: true, change: { action: "supplier.invitation-withdrawn", subjectType: "SupplierInvitation", subjectId: invitation.id, before: { supplierOrganisationId: invitation.supplierOrganisationId, email: invitation.email } } };
    },
    { allowPublished: true },
  );
}

/** For the confirmation page: the e-mail invitation just made, if it is this organisation's and the token its own. */
export async function findSentSupplierInvitation(actor: Actor, assessmentId: string, invitationId: string, token: string) {
  return db.supplierInvitation.findFirst({
    where: { id: plainId(invitationId), assessment: byIdInOrganisation(actor, assessmentId), tokenHash: hashInvitationToken(token) },
    select: { email: true },
  });
}

/**
 * Makes a new link for an e-mail invitation not yet taken up and sends it again; the old link stops working at
 * once. Before the deadline only. The token is returned once, to be shown to the officer.
 */
export async function resendSupplierInvitation(actor: Actor, assessmentId: string, invitationId: string, now = new Date()) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const invitation = await tx.supplierInvitation.findFirst({ where: { ...childOf(assessment, invitationId), withdrawnAt: null, acceptedAt: null, supplierOrganisationId: null, email: { not: null } } });
      if (!invitation) throw new AppError("NOT_FOUND", "invite.notFound");
      if (assessment.outcome) throw new AppError("DECIDED", "invite.decided");
      if (assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "invite.deadlinePassed");
      const token = randomBytes(32).toString("base64url");
      const tokenHash = hashInvitationToken(token);
      await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { tokenHash } });
      await notifySupplierInvited(tx, { invitationId: invitation.id, assessmentId: assessment.id, email: invitation.email, token, issue: tokenHash.slice(0, 16) });
      return { result: { invitationId: invitation.id, token }, change: { action: "supplier.invitation-resent", subjectType: "SupplierInvitation", subjectId: invitation.id, after: { email: invitation.email } } };
    },
    { allowPublished: true },
  );
}
