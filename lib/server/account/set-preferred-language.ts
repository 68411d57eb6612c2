import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";

export async function setPreferredLanguage(actor: Actor, language: Locale) {
  if (actor.preferredLanguage === language) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { preferredLanguage: language } });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "user.language-changed", subjectType: "User", subjectId: actor.userId, before: { language: actor.preferredLanguage }, after: { language } });
  });
}
