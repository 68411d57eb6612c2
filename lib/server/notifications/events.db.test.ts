import { describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { inviteSupplier, resendSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";
import { hashInvitationToken } from "@/lib/server/members/invite-member";
import { acceptSupplierInvitationForOrganisation, findOpenSupplierInvitation } from "@/lib/server/responses/register-supplier";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { when } from "@/lib/domain/notifications";
import { notifyClarificationAnswered, notifyDeadlineExtended, notifyOutcome } from "./events";
import { listOutbox } from "./list-outbox";
import { scheduleReminders } from "./schedule-reminders";

const t = useTestDatabase();
const day = 24 * 60 * 60 * 1000;

async function openTender(deadlineInDays: number) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "organisation-admin"], "wales");
  const [officer, admin] = buyer.actors;
  const details = { title: "Hosting", titleCy: "Lletya", reference: `H-${Date.now()}`, description: "", nation: "wales" as const, annualContractValue: 100_000, carbonReductionPlan: "no" as const, languages: "en+cy" as const, level: "2020" as const, scale: "0-4" as const, divergenceThreshold: 1, responseDeadline: new Date(Date.now() + 60 * day) };
  const { id } = await createAssessment(officer, details);
  await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
  await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() + deadlineInDays * day) } });
  const suppliers = [await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"], "england"), await createOrganisation(t.db, "supplier", ["supplier-admin"], "wales")];
  await t.db.user.update({ where: { id: suppliers[1].actors[0].userId }, data: { preferredLanguage: "cy" } });
  for (const supplier of suppliers) await inviteSupplier(officer, id, { supplierOrganisationId: supplier.organisation.id });
  await invitedDaysAgo(id, 2);
  return { id, officer, admin, suppliers };
}

/** Invitations made a while back: one made in the last day already gave the deadline, so gets no reminder yet. */
async function invitedDaysAgo(assessmentId: string, days: number) {
  await t.db.supplierInvitation.updateMany({ where: { assessmentId }, data: { createdAt: new Date(Date.now() - days * day) } });
}

describe("messages about a tender", () => {
  it("invites a supplier organisation's admins only, each in their own language", async () => {
    const { suppliers } = await openTender(30);
    const [english, welsh] = suppliers;
    const messages = await t.db.outboxMessage.findMany({ where: { kind: "supplier-invitation", organisationId: { in: suppliers.map((s) => s.organisation.id) } } });
    expect(messages.map((m) => [m.recipientEmail, m.language]).sort()).toEqual([[english.actors[0].email, "en"], [welsh.actors[0].email, "cy"]].sort());
  });

  it("queues each deadline reminder once per person, to those that have not submitted, and again for an extended deadline", async () => {
    const { id, suppliers } = await openTender(3);
    await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: suppliers[1].organisation.id, status: "submitted", submittedAt: new Date() } });
    expect(await scheduleReminders(t.db)).toBe(2); // both people of the first supplier
    expect(await scheduleReminders(t.db)).toBe(0);
    const reminders = await t.db.outboxMessage.findMany({ where: { kind: "deadline-reminder", organisationId: { in: suppliers.map((s) => s.organisation.id) } } });
    expect(reminders.map((m) => m.recipientEmail).sort()).toEqual(suppliers[0].actors.map((a) => a.email).sort());
    const { responseDeadline } = await t.db.assessment.findUniqueOrThrow({ where: { id } });
    expect(reminders.every((m) => m.subject.startsWith(`Closes ${when(responseDeadline, "en")}: Hosting`))).toBe(true);
    // Twelve hours before the deadline: the 1-day reminder.
    const deadline = (await t.db.assessment.findUniqueOrThrow({ where: { id } })).responseDeadline;
    expect(await scheduleReminders(t.db, new Date(deadline.getTime() - day / 2))).toBe(2);
    // Extended by a week: the suppliers are told, and the new deadline gets reminders of its own.
    await t.db.$transaction(async (tx) => {
      await tx.assessment.update({ where: { id }, data: { responseDeadline: new Date(deadline.getTime() + 7 * day) } });
      await notifyDeadlineExtended(tx, { assessmentId: id, previousDeadline: deadline });
    });
    expect(await t.db.outboxMessage.count({ where: { kind: "deadline-extended", organisationId: { in: suppliers.map((s) => s.organisation.id) } } })).toBe(3);
    expect(await scheduleReminders(t.db, new Date(deadline.getTime() + day))).toBe(2);
  });

  it("reminds an e-mail invitation nobody has accepted, in both languages, until it is accepted or withdrawn", async () => {
    const { id, officer, suppliers } = await openTender(3);
    for (const supplier of suppliers) await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status: "submitted", submittedAt: new Date() } });
    await inviteSupplier(officer, id, { email: "bids@newcomer.example" });
    await inviteSupplier(officer, id, { email: "gone@withdrawn.example" });
    await t.db.supplierInvitation.updateMany({ where: { assessmentId: id, email: "gone@withdrawn.example" }, data: { withdrawnAt: new Date() } });
    // Invited today: the invitation gave the deadline, so no reminder yet; a day later, one.
    expect(await scheduleReminders(t.db)).toBe(0);
    await invitedDaysAgo(id, 1);
    expect(await scheduleReminders(t.db)).toBe(1);
    const [reminder] = await t.db.outboxMessage.findMany({ where: { kind: "deadline-reminder", recipientEmail: { in: ["bids@newcomer.example", "gone@withdrawn.example"] } } });
    expect(reminder.recipientEmail).toBe("bids@newcomer.example");
    expect(reminder.language).toBe("cy+en");
    const { reference, responseDeadline } = await t.db.assessment.findUniqueOrThrow({ where: { id } });
    expect(reminder.subject).toBe(`Yn cau ${when(responseDeadline, "cy")}: Lletya (${reference}) / Closes ${when(responseDeadline, "en")}: Hosting (${reference})`);
    expect(reminder.body).toContain("but the invitation has not been accepted yet");
    expect(reminder.body).not.toContain(`/responses/${id}`);
    expect(await scheduleReminders(t.db)).toBe(0);
  });

  it("tells an e-mail invitation nobody has accepted of a new deadline and of clarification answers", async () => {
    const { id, officer } = await openTender(30);
    await inviteSupplier(officer, id, { email: "pending@newcomer.example" });
    const deadline = (await t.db.assessment.findUniqueOrThrow({ where: { id } })).responseDeadline;
    await t.db.$transaction(async (tx) => {
      await tx.assessment.update({ where: { id }, data: { responseDeadline: new Date(deadline.getTime() + 7 * day) } });
      await notifyDeadlineExtended(tx, { assessmentId: id, previousDeadline: deadline });
    });
    await t.db.$transaction((tx) => notifyClarificationAnswered(tx, { assessmentId: id, questionId: "q1", question: "May we host in Dublin?", answer: "Yes.", answeredAt: new Date() }));
    const told = await t.db.outboxMessage.findMany({ where: { recipientEmail: "pending@newcomer.example" }, orderBy: { createdAt: "asc" } });
    expect(told.map((message) => [message.kind, message.language])).toEqual([
      ["supplier-invitation", "cy+en"],
      ["deadline-extended", "cy+en"],
      ["clarification-answered", "cy+en"],
    ]);
  });

  it("tells every supplier that submitted the outcome, naming the winner only to the others", async () => {
    const { id, suppliers } = await openTender(3);
    for (const supplier of suppliers) await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status: "submitted", submittedAt: new Date() } });
    const [winner, loser] = suppliers;
    await t.db.$transaction((tx) => notifyOutcome(tx, { assessmentId: id, awardedSupplierOrganisationId: winner.organisation.id, decidedOn: "2027-03-03", standstillLastDay: "2027-03-11" }));
    const outcome = await t.db.outboxMessage.findMany({ where: { kind: "outcome", organisationId: { in: suppliers.map((s) => s.organisation.id) } } });
    expect(outcome).toHaveLength(3);
    const loserMessage = outcome.find((m) => m.organisationId === loser.organisation.id)!;
    expect(loserMessage.language).toBe("cy");
    expect(loserMessage.body).toContain(`Fe’i dyfarnwyd i ${winner.organisation.nameEn}`);
    expect(outcome.filter((m) => m.organisationId === winner.organisation.id).every((m) => m.body.includes("The contract has been awarded to your organisation."))).toBe(true);
  });
});

describe("the outbox page", () => {
  it("shows an organisation admin only its own people's messages, never a usable link, and nothing to others", async () => {
    const first = await openTender(30);
    const second = await openTender(30);
    const supplierAdmin = first.suppliers[0].actors[0];
    const own = (await listOutbox(supplierAdmin, "[hidden]"))!;
    expect(own.length).toBeGreaterThan(0);
    const ownPeople = first.suppliers[0].actors.map((a) => a.email);
    expect(own.every((m) => ownPeople.includes(m.to))).toBe(true);
    const otherOrganisations = [...second.suppliers, ...first.suppliers.slice(1)].flatMap((s) => s.actors.map((a) => a.email));
    expect(own.some((m) => otherOrganisations.includes(m.to))).toBe(false);
    // A buyer admin sees none of the suppliers' messages; a contributor and an officer see no outbox at all.
    expect((await listOutbox(first.admin, "[hidden]"))!.some((m) => m.kind === "supplier-invitation")).toBe(false);
    expect(await listOutbox(first.suppliers[0].actors[1], "[hidden]")).toBeNull();
    expect(await listOutbox(first.officer, "[hidden]")).toBeNull();
  });
});

describe("an e-mail invitation", () => {
  it("sent again gets a new link: the old one stops working, and an existing supplier organisation accepts the new one by signing in", async () => {
    const { id, officer, suppliers } = await openTender(30);
    const first = (await inviteSupplier(officer, id, { email: "tenders@supplier.example" }))!;
    const resent = (await resendSupplierInvitation(officer, id, first.invitationId))!;
    expect(await findOpenSupplierInvitation(first.token!)).toBeNull();
    expect(await findOpenSupplierInvitation(resent.token)).not.toBeNull();
    const messages = await t.db.outboxMessage.findMany({ where: { recipientEmail: "tenders@supplier.example" }, orderBy: { createdAt: "asc" } });
    expect(messages).toHaveLength(2);
    expect(messages.map((m) => JSON.parse(m.secrets!).token)).toEqual([first.token, resent.token]);
    expect(messages[0].language).toBe("cy+en");

    // An organisation already invited cannot take it; another can, once.
    await expect(acceptSupplierInvitationForOrganisation(suppliers[0].actors[0], resent.token)).rejects.toMatchObject({ code: "ALREADY_INVITED" });
    await expect(acceptSupplierInvitationForOrganisation(suppliers[0].actors[1], resent.token)).rejects.toMatchObject({ code: "NOT_SUPPLIER_ADMIN" });
    const newcomer = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    expect(await acceptSupplierInvitationForOrganisation(newcomer.actors[0], resent.token)).toEqual({ assessmentId: id });
    const invitation = await t.db.supplierInvitation.findUniqueOrThrow({ where: { id: first.invitationId } });
    expect(invitation).toMatchObject({ supplierOrganisationId: newcomer.organisation.id, tokenHash: null });
    expect(invitation.acceptedAt).not.toBeNull();
    await expect(acceptSupplierInvitationForOrganisation(newcomer.actors[0], resent.token)).rejects.toMatchObject({ code: "INVITATION_UNUSABLE" });
    expect(await t.db.supplierInvitation.count({ where: { tokenHash: hashInvitationToken(resent.token) } })).toBe(0);
  });
});
