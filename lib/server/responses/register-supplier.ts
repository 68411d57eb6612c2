import "server-only";
import type { RegisterSupplierInput } from "@/lib/schemas/responses";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashInvitationToken } from "@/lib/server/members/invite-member";

/** The buyer and assessment behind an e-mail invitation link, while it is unused, not withdrawn and open. */
export async function findOpenSupplierInvitation(token: string, now = new Date()) {
  const invitation = await db.supplierInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { assessment: { select: { title: true, titleCy: true, reference: true, responseDeadline: true, status: true, organisationId: true } } },
  });
  if (!invitation || !invitation.email || invitation.acceptedAt || invitation.withdrawnAt || invitation.supplierOrganisationId) return null;
  if (invitation.assessment.status !== "published" || invitation.assessment.responseDeadline <= now) return null;
  const buyer = await db.organisation.findFirst({ where: { id: invitation.assessment.organisationId, kind: "buyer" }, select: { nameEn: true, nameCy: true } });
  return { email: invitation.email, title: { en: invitation.assessment.title, cy: invitation.assessment.titleCy }, reference: invitation.assessment.reference, responseDeadline: invitation.assessment.responseDeadline, buyerNameEn: buyer?.nameEn ?? "", buyerNameCy: buyer?.nameCy ?? null };
}

/**
 * Registers a new supplier organisation and its first admin from an e-mail invitation, and turns the invitation into
 * one for that organisation. Spent once: the conditional update means two submissions cannot both succeed.
 */
export async function registerSupplier(token: string, input: RegisterSupplierInput, preferredLanguage: "en" | "cy", now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.supplierInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { assessment: { select: { responseDeadline: true, status: true } } } });
    const usable = invitation?.email && !invitation.acceptedAt && !invitation.withdrawnAt && !invitation.supplierOrganisationId && invitation.assessment.status === "published" && invitation.assessment.responseDeadline > now;
    if (!invitation || !usable) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    const spent = await tx.supplierInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, supplierOrganisationId: null }, data: { acceptedAt: now } });
    if (spent.count !== 1) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    if (await tx.user.findUnique({ where: { email: invitation.email! }, select: { id: true } })) throw new AppError("ALREADY_REGISTERED", "invitation.alreadyRegistered");
    const organisation = await tx.organisation.create({ data: { kind: "supplier", nameEn: input.organisationNameEn, nameCy: input.organisationNameCy || null, nation: input.nation } });
    const user = await tx.user.create({ data: { email: invitation.email!, name: input.name, passwordHash, preferredLanguage } });
    await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "supplier-admin" } });
    await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { supplierOrganisationId: organisation.id } });
    await recordAuditEvent(tx, { organisationId: organisation.id, actorOrganisationId: organisation.id, actorUserId: user.id, action: "supplier.registered", subjectType: "Organisation", subjectId: organisation.id, after: { nameEn: input.organisationNameEn, nameCy: input.organisationNameCy || null, nation: input.nation, admin: invitation.email, supplierInvitationId: invitation.id } }, now);
    return { email: user.email };
  });
}

/**
 * A supplier organisation already on the service accepts an e-mail invitation: a supplier admin, signed in, spends
 * the link, and the invitation becomes one for their organisation (it then appears on its dashboard). Refused when
 * the organisation is already invited to the assessment. Returns the assessment's id.
 */
export async function acceptSupplierInvitationForOrganisation(actor: Actor, token: string, now = new Date()): Promise<{ assessmentId: string }> {
  if (actor.organisationKind !== "supplier" || actor.role !== "supplier-admin") throw new AppError("NOT_SUPPLIER_ADMIN", "invitation.supplierAdminOnly");
  return db.$transaction(async (tx) => {
    const invitation = await tx.supplierInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { assessment: { select: { id: true, organisationId: true, responseDeadline: true, status: true } } } });
    const usable = invitation?.email && !invitation.acceptedAt && !invitation.withdrawnAt && !invitation.supplierOrganisationId && invitation.assessment.status === "published" && invitation.assessment.responseDeadline > now;
    if (!invitation || !usable) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    const already = await tx.supplierInvitation.findFirst({ where: { assessmentId: invitation.assessmentId, supplierOrganisationId: actor.organisationId, withdrawnAt: null }, select: { id: true } });
    if (already) throw new AppError("ALREADY_INVITED", "invitation.organisationAlreadyInvited");
    const spent = await tx.supplierInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, supplierOrganisationId: null }, data: { acceptedAt: now, supplierOrganisationId: actor.organisationId, tokenHash: null } });
    if (spent.count !== 1) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    // The invitation is the buyer's record: its chain says which organisation took it up, and who.
    await recordAuditEvent(tx, { organisationId: invitation.assessment.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "supplier.invitation-accepted", subjectType: "SupplierInvitation", subjectId: invitation.id, after: { supplierOrganisationId: actor.organisationId, email: invitation.email } }, now);
    return { assessmentId: invitation.assessmentId };
  });
}
