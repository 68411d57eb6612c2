import "server-only";
import type { AssessmentRef, Named } from "@/lib/domain/notifications";
import { invitedSuppliers } from "@/lib/server/assessments/supplier-recipients";
import type { Tx } from "@/lib/server/db";
import { enqueue, organisationRecipients, userRecipient, type Recipient } from "./enqueue";
import { absoluteLink } from "./links";

// What each event tells whom. Every function takes the transaction of the change that causes it, so the messages
// exist exactly when the change does (see ./enqueue.ts). Keys name the event, so retrying a change never queues a
// second copy.

type AssessmentContext = { ref: AssessmentRef; nation: string; deadline: Date; organisationId: string };

async function assessmentContext(tx: Tx, assessmentId: string): Promise<AssessmentContext> {
  const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { title: true, titleCy: true, reference: true, nation: true, responseDeadline: true, organisationId: true } });
  const buyer = await tx.organisation.findUniqueOrThrow({ where: { id: assessment.organisationId }, select: { nameEn: true, nameCy: true } });
  return { ref: { title: { en: assessment.title, cy: assessment.titleCy }, reference: assessment.reference, buyer: { en: buyer.nameEn, cy: buyer.nameCy } }, nation: assessment.nation, deadline: assessment.responseDeadline, organisationId: assessment.organisationId };
}

/**
 * Everyone invited to respond: the people of each invited supplier organisation, and each e-mail invitation nobody has
 * accepted yet (its address, whose language is unknown). Withdrawn invitations are left out.
 */
async function invitedSupplierRecipients(tx: Tx, assessmentId: string): Promise<Recipient[]> {
  const recipients: Recipient[] = [];
  for (const invited of await invitedSuppliers(tx, assessmentId)) {
    if (invited.supplierOrganisationId) recipients.push(...(await organisationRecipients(tx, invited.supplierOrganisationId)));
    else if (invited.email) recipients.push({ email: invited.email });
  }
  return recipients;
}

/** A member invitation: the link (token filled in when sending) to the invited address, whose language is unknown. */
export async function notifyMemberInvited(tx: Tx, input: { invitationId: string; organisationId: string; email: string; role: string; token: string; expiresAt: Date }) {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { nameEn: true, nameCy: true, nation: true } });
  await enqueue(tx, {
    key: `member-invitation:${input.invitationId}:${input.expiresAt.toISOString()}`,
    kind: "member-invitation",
    params: { organisation: { en: organisation.nameEn, cy: organisation.nameCy }, role: input.role, link: absoluteLink("/invitation/{{token}}"), expiresAt: input.expiresAt },
    recipient: { email: input.email, organisationId: input.organisationId },
    senderNation: organisation.nation,
    secrets: { token: input.token },
  });
}

/**
 * A supplier invitation: to the supplier organisation's admins, or to an e-mail address with the link (the token is
 * filled in when sending). `issue` tells a resent link apart from the first.
 */
export async function notifySupplierInvited(tx: Tx, input: { invitationId: string; assessmentId: string; supplierOrganisationId?: string | null; email?: string | null; token?: string | null; issue?: number | string }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const key = `supplier-invitation:${input.invitationId}:${input.issue ?? 0}`;
  if (input.supplierOrganisationId) {
    for (const recipient of await organisationRecipients(tx, input.supplierOrganisationId, ["supplier-admin"])) {
      await enqueue(tx, { key, kind: "supplier-invitation", params: { assessment: context.ref, deadline: context.deadline, link: absoluteLink("/dashboard"), byEmail: false }, recipient, senderNation: context.nation });
    }
    return;
  }
  if (input.email && input.token) {
    await enqueue(tx, {
      key,
      kind: "supplier-invitation",
      params: { assessment: context.ref, deadline: context.deadline, link: absoluteLink("/supplier-invitation/{{token}}"), byEmail: true },
      recipient: { email: input.email },
      senderNation: context.nation,
      secrets: { token: input.token },
    });
  }
}

/** A clarification answer (or a corrected one): to everyone in every invited supplier, never naming who asked. */
export async function notifyClarificationAnswered(tx: Tx, input: { assessmentId: string; questionId: string; question: string; answer: string; answeredAt: Date }) {
  const context = await assessmentContext(tx, input.assessmentId);
  for (const recipient of await invitedSupplierRecipients(tx, input.assessmentId)) {
    await enqueue(tx, {
      key: `clarification-answered:${input.questionId}:${input.answeredAt.toISOString()}`,
      kind: "clarification-answered",
      params: { assessment: context.ref, question: input.question, answer: input.answer, link: absoluteLink(`/responses/${input.assessmentId}/questions`) },
      recipient,
      senderNation: context.nation,
    });
  }
}

/** The receipt of a submission, with its reference and receipt hash, to the person who submitted it. */
export async function notifySubmissionReceipt(tx: Tx, input: { assessmentId: string; submitterId: string; reference: string; receiptHash: string; submittedAt: Date }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const recipient = await userRecipient(tx, input.submitterId);
  if (!recipient) return;
  await enqueue(tx, {
    key: `submission-receipt:${input.reference}`,
    kind: "submission-receipt",
    params: { assessment: context.ref, submissionReference: input.reference, receiptHash: input.receiptHash, submittedAt: input.submittedAt, link: absoluteLink(`/responses/${input.assessmentId}`) },
    recipient,
    senderNation: context.nation,
  });
}

/** A specialist asked to review a draft (or given a part in a published one, for a specialist of another body). */
export async function notifySpecialistAdded(tx: Tx, input: { assessmentId: string; userId: string; grantId: string; at: Date }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const recipient = await userRecipient(tx, input.userId);
  if (!recipient) return;
  await enqueue(tx, { key: `specialist-added:${input.grantId}:${input.at.toISOString()}`, kind: "specialist-added", params: { assessment: context.ref, link: absoluteLink(`/assessments/${input.assessmentId}`) }, recipient, senderNation: context.nation });
}

/** A resolved comment, to the specialist who wrote it. */
export async function notifyCommentResolved(tx: Tx, input: { assessmentId: string; commentId: string; authorId: string; comment: string; resolution: string }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const recipient = await userRecipient(tx, input.authorId);
  if (!recipient) return;
  await enqueue(tx, {
    key: `comment-resolved:${input.commentId}`,
    kind: "comment-resolved",
    params: { assessment: context.ref, comment: input.comment, resolution: input.resolution, link: absoluteLink(`/assessments/${input.assessmentId}`) },
    recipient,
    senderNation: context.nation,
  });
}

/** The officer's decision on a declared conflict of interest, to the evaluator who declared it. */
export async function notifyConflictDecided(tx: Tx, input: { assessmentId: string; declarationId: string; evaluatorId: string; supplierOrganisationId: string; decision: "allowed" | "excluded" }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const recipient = await userRecipient(tx, input.evaluatorId);
  const supplier = await tx.organisation.findUnique({ where: { id: input.supplierOrganisationId }, select: { nameEn: true, nameCy: true } });
  if (!recipient || !supplier) return;
  await enqueue(tx, {
    key: `conflict-decided:${input.declarationId}`,
    kind: "conflict-decided",
    params: { assessment: context.ref, supplier: { en: supplier.nameEn, cy: supplier.nameCy }, decision: input.decision, link: absoluteLink(`/assessments/${input.assessmentId}/scoring`) },
    recipient,
    senderNation: context.nation,
  });
}

/** Assessment summaries released: to everyone in each supplier organisation that submitted a tender. */
export async function notifySummariesReleased(tx: Tx, input: { assessmentId: string }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const responses = await tx.response.findMany({ where: { assessmentId: input.assessmentId, status: "submitted" }, select: { supplierOrganisationId: true } });
  for (const { supplierOrganisationId } of responses) {
    for (const recipient of await organisationRecipients(tx, supplierOrganisationId)) {
      await enqueue(tx, { key: `summary-released:${input.assessmentId}`, kind: "summary-released", params: { assessment: context.ref, link: absoluteLink(`/responses/${input.assessmentId}`) }, recipient, senderNation: context.nation });
    }
  }
}

// ——— For the assessment lifecycle (changing, extending, awarding). Call each inside the transaction of the change.

/**
 * Tells everyone in every invited supplier organisation that a published assessment changed. `changeId` names the
 * change (e.g. the assessment's new version), so a message is queued once per change and person; `changes` is a
 * sentence in each language saying what changed.
 */
export async function notifyAssessmentChanged(tx: Tx, input: { assessmentId: string; changeId: string; changes: { en: string; cy: string } }) {
  const context = await assessmentContext(tx, input.assessmentId);
  for (const recipient of await invitedSupplierRecipients(tx, input.assessmentId)) {
    await enqueue(tx, {
      key: `assessment-changed:${input.assessmentId}:${input.changeId}`,
      kind: "assessment-changed",
      params: { assessment: context.ref, deadline: context.deadline, changes: recipient.language === "cy" ? input.changes.cy : input.changes.en, link: absoluteLink(`/responses/${input.assessmentId}`) },
      recipient,
      senderNation: context.nation,
    });
  }
}

/**
 * Tells everyone in every invited supplier organisation that the deadline was extended. Call it after the new
 * deadline is saved in the same transaction; reminders for the new deadline follow by themselves.
 */
export async function notifyDeadlineExtended(tx: Tx, input: { assessmentId: string; previousDeadline: Date }) {
  const context = await assessmentContext(tx, input.assessmentId);
  for (const recipient of await invitedSupplierRecipients(tx, input.assessmentId)) {
    await enqueue(tx, {
      key: `deadline-extended:${input.assessmentId}:${context.deadline.toISOString()}`,
      kind: "deadline-extended",
      params: { assessment: context.ref, previousDeadline: input.previousDeadline, deadline: context.deadline, link: absoluteLink(`/responses/${input.assessmentId}`) },
      recipient,
      senderNation: context.nation,
    });
  }
}

/**
 * Tells the suppliers the outcome, decided on `decidedOn` (the UK day the officer entered), with the standstill
 * period's last day when there is one (Procurement Act 2023 s.51). An award goes to every supplier organisation that
 * submitted a tender: whether it won, and who did. A cancellation goes to every supplier invited (organisations and
 * e-mail invitations not yet accepted) as well as any that submitted: none of them can respond any more. Queued once
 * per assessment and person.
 */
export async function notifyOutcome(tx: Tx, input: { assessmentId: string; awardedSupplierOrganisationId: string | null; decidedOn: string; standstillLastDay: string | null }) {
  const context = await assessmentContext(tx, input.assessmentId);
  const cancelled = input.awardedSupplierOrganisationId === null;
  const awarded = cancelled ? null : await tx.organisation.findUnique({ where: { id: input.awardedSupplierOrganisationId! }, select: { nameEn: true, nameCy: true } });
  const awardedSupplier: Named | null = awarded && { en: awarded.nameEn, cy: awarded.nameCy };
  const responses = await tx.response.findMany({ where: { assessmentId: input.assessmentId, status: "submitted" }, select: { supplierOrganisationId: true } });
  const invited = cancelled ? await invitedSuppliers(tx, input.assessmentId) : [];
  const organisations = new Set([...responses.map((response) => response.supplierOrganisationId), ...invited.flatMap((recipient) => (recipient.supplierOrganisationId ? [recipient.supplierOrganisationId] : []))]);
  const send = (recipient: Recipient, result: "awarded" | "not-awarded" | "cancelled") =>
    enqueue(tx, {
      key: `outcome:${input.assessmentId}`,
      kind: "outcome",
      params: { assessment: context.ref, result, awardedSupplier: result === "awarded" ? null : awardedSupplier, decidedOn: input.decidedOn, standstillLastDay: input.standstillLastDay, link: absoluteLink(`/responses/${input.assessmentId}`) },
      recipient,
      senderNation: context.nation,
    });
  for (const supplierOrganisationId of organisations) {
    const result = cancelled ? "cancelled" : supplierOrganisationId === input.awardedSupplierOrganisationId ? "awarded" : "not-awarded";
    for (const recipient of await organisationRecipients(tx, supplierOrganisationId)) await send(recipient, result);
  }
  for (const recipient of invited) if (recipient.email) await send({ email: recipient.email }, "cancelled");
}
