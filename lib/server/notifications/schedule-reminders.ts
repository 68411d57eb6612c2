import "server-only";
import { dueReminder, reminderKey, reminderOffsets } from "@/lib/domain/notifications";
import { Prisma, type Db } from "@/lib/server/db";
import { enqueue, organisationRecipients } from "./enqueue";
import { absoluteLink } from "./links";

/**
 * Queues the deadline reminders due now (7 days and 1 day before) for every invited supplier organisation that has
 * not submitted, and for every e-mail invitation nobody has accepted yet, one per person and deadline (the
 * idempotency key), so running this every few seconds, on several workers at once, queues each reminder once.
 */
export async function scheduleReminders(db: Db, now: Date = new Date()): Promise<number> {
  const assessments = await db.assessment.findMany({
    where: { status: "published", isTemplate: false, responseDeadline: { gt: now, lte: new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000) } },
    select: { id: true, title: true, titleCy: true, reference: true, responseDeadline: true, nation: true, organisationId: true },
  });
  let queued = 0;
  for (const assessment of assessments) {
    const reminder = dueReminder(assessment.responseDeadline, now);
    if (!reminder) continue;
    const [buyer, invitations, submitted] = await Promise.all([
      db.organisation.findUnique({ where: { id: assessment.organisationId }, select: { nameEn: true, nameCy: true } }),
      db.supplierInvitation.findMany({ where: { assessmentId: assessment.id, withdrawnAt: null }, select: { id: true, supplierOrganisationId: true, email: true, createdAt: true } }),
      db.response.findMany({ where: { assessmentId: assessment.id, status: "submitted" }, select: { supplierOrganisationId: true } }),
    ]);
    const done = new Set(submitted.map((response) => response.supplierOrganisationId));
    const params = {
      assessment: { title: { en: assessment.title, cy: assessment.titleCy }, reference: assessment.reference, buyer: { en: buyer?.nameEn ?? "", cy: buyer?.nameCy } },
      deadline: assessment.responseDeadline,
      reminder,
      link: absoluteLink(`/responses/${assessment.id}`),
    };
    for (const invitation of invitations) {
      const supplierId = invitation.supplierOrganisationId;
      if (supplierId ? done.has(supplierId) : !invitation.email) continue;
      // An invitation sent in the last day gave the deadline already: a reminder now would only repeat it.
      if (now.getTime() - invitation.createdAt.getTime() < reminderOffsets["1-day"]) continue;
      const key = reminderKey(assessment.id, assessment.responseDeadline, reminder, supplierId ?? `invitation-${invitation.id}`);
      try {
        await db.$transaction(async (tx) => {
          // Nobody has an account through an e-mail invitation yet: its reminder goes to that address, in both
          // languages, and points back to the invitation's own link.
          const recipients = supplierId ? await organisationRecipients(tx, supplierId) : [{ email: invitation.email! }];
          for (const recipient of recipients) {
            const added = await enqueue(tx, { key, kind: "deadline-reminder", params: { ...params, invitationNotTaken: !supplierId }, recipient, senderNation: assessment.nation }, now);
            if (added) queued += 1;
          }
        });
      } catch (error) {
        // Another worker queued the same reminders at the same moment: theirs stand.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
  }
  return queued;
}
