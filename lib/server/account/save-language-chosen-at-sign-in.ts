import "server-only";
import { toLocale } from "@/lib/i18n/locales";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";

/**
 * A language chosen just before signing in (while signed out) is an explicit choice: it becomes the person's saved
 * preference, instead of the profile's older one switching the service back.
 */
export async function saveLanguageChosenAtSignIn(userId: string, chosen: string | undefined) {
  if (chosen !== "en" && chosen !== "cy") return;
  const language = toLocale(chosen);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { preferredLanguage: true, memberships: { select: { organisationId: true }, orderBy: { createdAt: "asc" }, take: 1 } } });
    if (!user || user.preferredLanguage === language) return;
    await tx.user.update({ where: { id: userId }, data: { preferredLanguage: language } });
    const organisationId = user.memberships[0]?.organisationId ?? null;
    await recordAuditEvent(tx, { organisationId, actorOrganisationId: organisationId, actorUserId: userId, action: "user.language-changed", subjectType: "User", subjectId: userId, before: { language: user.preferredLanguage }, after: { language } });
  });
}
