import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { childOf, inOrganisation, plainId } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifySpecialistAdded } from "@/lib/server/notifications/events";
import { changeAssessment } from "./access";

/** The organisation's sustainability specialists, for the officer to choose from. */
export async function listOrganisationSpecialists(actor: Actor) {
  const memberships = await db.membership.findMany({ where: { ...inOrganisation(actor), role: "sustainability-specialist" }, include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } });
  return memberships.map((membership) => membership.user);
}

/** Involves a specialist of the officer's organisation while the assessment is a draft (Tech Net Zero rec. 6). */
export async function addSpecialist(actor: Actor, assessmentId: string, userId: string) {
  return changeAssessment(actor, assessmentId, null, async (tx, assessment) => {
    const member = await tx.membership.findFirst({ where: { ...inOrganisation(actor), userId: plainId(userId), role: "sustainability-specialist" }, include: { user: { select: { email: true } } } });
    if (!member) throw new AppError("NOT_A_SPECIALIST", "specialist.required", "userId");
    const existing = await tx.assessmentSpecialist.findUnique({ where: { assessmentId_userId: { assessmentId: assessment.id, userId: member.userId } } });
    if (existing && !existing.revokedAt) throw new AppError("ALREADY_ADDED", "specialist.alreadyAdded", "userId");
    const grant = existing
      ? await tx.assessmentSpecialist.update({ where: { id: existing.id }, data: { revokedAt: null, addedById: actor.userId } })
      : await tx.assessmentSpecialist.create({ data: { assessmentId: assessment.id, userId: member.userId, addedById: actor.userId } });
    await notifySpecialistAdded(tx, { assessmentId: assessment.id, userId: member.userId, grantId: grant.id, at: new Date() });
    return { result: true, change: { action: "assessment.specialist-added", subjectType: "AssessmentSpecialist", after: { email: member.user.email } } };
  });
}

export async function removeSpecialist(actor: Actor, assessmentId: string, specialistId: string) {
  return changeAssessment(actor, assessmentId, null, async (tx, assessment) => {
    const specialist = await tx.assessmentSpecialist.findFirst({ where: { ...childOf(assessment, specialistId), revokedAt: null } });
    if (!specialist) throw new AppError("NOT_FOUND", "specialist.notFound");
    await tx.assessmentSpecialist.update({ where: { id: specialist.id }, data: { revokedAt: new Date() } });
    return { result: true, change: { action: "assessment.specialist-removed", subjectType: "AssessmentSpecialist", subjectId: specialist.id, before: { userId: specialist.userId } } };
  });
}

/**
 * Shares one assessment with a sustainability specialist of another public body, named by e-mail: they see this
 * assessment (and nothing else of the organisation), declare conflicts, score and comment, until revoked. Allowed
 * after publishing too, since scoring comes after the deadline.
 */
export async function grantSharedSpecialist(actor: Actor, assessmentId: string, email: string) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const member = await tx.membership.findFirst({
        where: { role: "sustainability-specialist", user: { email }, organisation: { kind: "buyer" } },
        include: { organisation: { select: { nameEn: true } } },
      });
      if (!member) throw new AppError("NOT_A_SHARED_SPECIALIST", "scoring.sharedSpecialistNotFound", "email");
      if (member.organisationId === actor.organisationId) throw new AppError("OWN_ORGANISATION", "scoring.sharedSpecialistOwnOrganisation", "email");
      const existing = await tx.assessmentSpecialist.findUnique({ where: { assessmentId_userId: { assessmentId: assessment.id, userId: member.userId } } });
      if (existing && !existing.revokedAt) throw new AppError("ALREADY_ADDED", "specialist.alreadyAdded", "email");
      const row = existing
        ? await tx.assessmentSpecialist.update({ where: { id: existing.id }, data: { revokedAt: null, addedById: actor.userId } })
        : await tx.assessmentSpecialist.create({ data: { assessmentId: assessment.id, userId: member.userId, addedById: actor.userId } });
      await notifySpecialistAdded(tx, { assessmentId: assessment.id, userId: member.userId, grantId: row.id, at: new Date() });
      return { result: true, change: { action: "assessment.shared-specialist-granted", subjectType: "AssessmentSpecialist", subjectId: row.id, after: { email, organisation: member.organisation.nameEn } } };
    },
    { allowPublished: true },
  );
}

/** Ends a shared specialist's access to the assessment at once; their past scores stay in the record. */
export async function revokeSharedSpecialist(actor: Actor, assessmentId: string, specialistId: string) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const specialist = await tx.assessmentSpecialist.findFirst({ where: { ...childOf(assessment, specialistId), revokedAt: null } });
      if (!specialist) throw new AppError("NOT_FOUND", "specialist.notFound");
      const own = await tx.membership.findFirst({ where: { ...inOrganisation(actor), userId: specialist.userId } });
      if (own) throw new AppError("NOT_SHARED", "specialist.notFound");
      await tx.assessmentSpecialist.update({ where: { id: specialist.id }, data: { revokedAt: new Date() } });
      return { result: true, change: { action: "assessment.shared-specialist-revoked", subjectType: "AssessmentSpecialist", subjectId: specialist.id, before: { userId: specialist.userId } } };
    },
    { allowPublished: true },
  );
}
