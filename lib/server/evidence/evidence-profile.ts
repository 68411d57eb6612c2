import "server-only";
import type { EvidenceProfileContent } from "@/lib/domain/responses/evidence-copy";
import type { Actor } from "@/lib/server/auth/actor";
import { inOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isSupplier } from "@/lib/server/responses/access";

/** The actor's organisation's evidence profile (empty until first saved); null for anyone but a supplier. */
export async function getEvidenceProfile(actor: Actor) {
  if (!isSupplier(actor)) return null;
  const profile = await db.evidenceProfile.findFirst({ where: inOrganisation(actor) });
  return {
    content: (profile ? JSON.parse(profile.evidence) : {}) as EvidenceProfileContent,
    version: profile?.version ?? 0,
    updatedAt: profile?.updatedAt ?? null,
  };
}

/**
 * Saves the profile from the version the person was looking at: when a colleague saved it since, nothing changes and
 * the person is told, keeping what they typed.
 */
export async function saveEvidenceProfile(actor: Actor, content: EvidenceProfileContent, expectedVersion: number) {
  if (!isSupplier(actor)) return null;
  return db.$transaction(async (tx) => {
    const evidence = JSON.stringify(content);
    let version: number;
    if (expectedVersion === 0) {
      const existing = await tx.evidenceProfile.findFirst({ where: inOrganisation(actor), select: { id: true } });
      if (existing) throw new AppError("STALE_VERSION", "evidenceProfile.changedByOthers");
      version = (await tx.evidenceProfile.create({ data: { organisationId: actor.organisationId, evidence, updatedById: actor.userId } })).version;
    } else {
      const claimed = await tx.evidenceProfile.updateMany({ where: { ...inOrganisation(actor), version: expectedVersion }, data: { evidence, version: { increment: 1 }, updatedById: actor.userId } });
      if (claimed.count !== 1) throw new AppError("STALE_VERSION", "evidenceProfile.changedByOthers");
      version = expectedVersion + 1;
    }
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "evidence-profile.saved", subjectType: "EvidenceProfile", subjectId: actor.organisationId, after: { ...content, version } });
    return { version };
  });
}
