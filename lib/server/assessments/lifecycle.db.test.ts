import { describe, expect, it } from "vitest";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { answerQuestion, askQuestion, listQuestionsForBuyer, listQuestionsForSupplier } from "@/lib/server/clarifications/clarifications";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { listInvitations } from "@/lib/server/responses/list-invitations";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { submitScores } from "@/lib/server/scoring/submit-scores";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { setArchived } from "./archive-assessment";
import { statusOfAssessment } from "./assessment-status";
import { changeAssessmentDetails } from "./change-assessment-details";
import { createAssessment } from "./create-assessment";
import { updateCriterion } from "./criteria";
import { deleteDraft } from "./delete-draft";
import { extendDeadline } from "./extend-deadline";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { publishAssessment } from "./publish-assessment";
import { addSpecialist } from "./specialists";
import { inviteSupplier } from "./supplier-invitations";
import { recordOutcome } from "./record-outcome";

const t = useTestDatabase();
const day = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * day);

const details = (title: string, annualContractValue = 100_000) => ({
  title, titleCy: `${title} (Cymraeg)`, reference: "LC-1", description: "A first description", descriptionCy: "Disgrifiad cyntaf", nation: "wales" as const, annualContractValue, carbonReductionPlan: "no" as const,
  languages: "en+cy" as const, level: "2020" as const, scale: "0-4" as const, divergenceThreshold: 1, responseDeadline: inDays(30),
});

const auditActions = async (subjectId: string) => (await t.db.auditEvent.findMany({ where: { subjectId }, orderBy: { sequence: "asc" } })).map((event) => event.action);

async function draft(title = "Draft", value = 100_000) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist"]);
  const [officer, specialist] = buyer.actors;
  const { id } = await createAssessment(officer, details(title, value));
  return { officer, specialist, id, view: async () => (await getAssessment(officer, id))! };
}

async function published() {
  const d = await draft("Published");
  await publishAssessment(d.officer, d.id, (await d.view()).version);
  const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
  await inviteSupplier(d.officer, d.id, { supplierOrganisationId: supplier.organisation.id });
  await inviteSupplier(d.officer, d.id, { email: "bids@newcomer.example" });
  return { ...d, supplier: supplier.actors[0] };
}

/** Closed and fully scored by the officer and a specialist: the first supplier leads; a third never submitted. */
async function evaluated() {
  const d = await draft("Scored");
  await addSpecialist(d.officer, d.id, d.specialist.userId);
  await publishAssessment(d.officer, d.id, (await d.view()).version);
  const suppliers = [];
  for (const [index, submitted] of [true, true, false].entries()) {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await t.db.supplierInvitation.create({ data: { assessmentId: d.id, supplierOrganisationId: supplier.organisation.id, invitedById: d.officer.userId } });
    await t.db.response.create({
      data: { assessmentId: d.id, supplierOrganisationId: supplier.organisation.id, status: submitted ? "submitted" : "in-progress", submittedAt: submitted ? new Date() : null, reference: `LC-00${index}`, evidence: "{}" },
    });
    suppliers.push({ id: supplier.organisation.id, actor: supplier.actors[0] });
  }
  const criteria = (await d.view()).criteria.map((c) => c.id);
  await t.db.assessment.update({ where: { id: d.id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
  expect(await statusOfAssessment(await d.view())).toBe("closed");
  for (const [index, supplier] of suppliers.slice(0, 2).entries()) {
    for (const evaluator of [d.officer, d.specialist]) {
      await declareConflict(evaluator, d.id, supplier.id, { hasConflict: false, details: "" });
      await submitScores(evaluator, d.id, supplier.id, criteria.map((criterionId) => ({ criterionId, score: index === 0 ? 4 : 2, justification: "Against the descriptors." })));
    }
  }
  return { ...d, suppliers };
}

describe("changing a draft", () => {
  it("changes its details and decides the Carbon Reduction Plan condition again from the new value, audited", async () => {
    const d = await draft();
    expect((await d.view()).carbonReductionPlanRequired).toBe(false);
    const change = { title: "Renamed", reference: "LC-2", description: "Our own words", annualContractValue: 6_200_000, carbonReductionPlan: "no" as const, languages: "en" as const, responseDeadline: inDays(40) };
    const result = await changeAssessmentDetails(d.officer, d.id, { ...change, version: (await d.view()).version });
    expect(result).toEqual({ carbonReductionPlan: { required: true, reason: "mandatory", policy: "WPPN 006" }, carbonReductionPlanChanged: true });
    const after = await d.view();
    expect([after.title, after.reference, after.description, after.annualContractValue, after.languages, after.carbonReductionPlanRequired]).toEqual(["Renamed", "LC-2", "Our own words", 6_200_000, "en", true]);
    // Back below the threshold, the condition stays only if chosen.
    const lower = await changeAssessmentDetails(d.officer, d.id, { ...change, annualContractValue: 4_000_000, carbonReductionPlan: "yes", version: after.version });
    expect(lower?.carbonReductionPlan.reason).toBe("chosen");
    expect(await auditActions(d.id)).toEqual(["assessment.created", "assessment.details-changed", "assessment.details-changed"]);
    // A stale version is refused: someone else saved meanwhile.
    await expect(changeAssessmentDetails(d.officer, d.id, { ...change, version: after.version })).rejects.toMatchObject({ messageKey: "assessment.changedByOthers" });
  });

  it("refuses a change once published, and a minimum score outside the scale when it is saved", async () => {
    const d = await draft();
    const view = await d.view();
    const criterion = view.criteria[0];
    const edit = (minimumScore: number | null, version: number) => ({
      titleEn: criterion.title.en, titleCy: criterion.title.cy, questionEn: criterion.question.en, questionCy: criterion.question.cy,
      guidanceEn: criterion.guidance.en, guidanceCy: criterion.guidance.cy, evidenceEn: criterion.evidence.en, evidenceCy: criterion.evidence.cy,
      weight: criterion.weight, minimumScore, rule: criterion.rule, version, descriptors: {},
    });
    await expect(updateCriterion(d.officer, d.id, criterion.id, edit(5, view.version))).rejects.toMatchObject({ messageKey: "minimumScore.outOfScale", field: "minimumScore" });
    expect((await d.view()).criteria[0].minimumScore).toBeNull();
    expect(await updateCriterion(d.officer, d.id, criterion.id, edit(4, view.version))).toBe(true);
    await publishAssessment(d.officer, d.id, (await d.view()).version);
    const change = { title: "Too late", reference: "LC-1", description: "", annualContractValue: 1, carbonReductionPlan: "no" as const, languages: "en" as const, responseDeadline: inDays(40) };
    await expect(changeAssessmentDetails(d.officer, d.id, { ...change, version: (await d.view()).version })).rejects.toMatchObject({ messageKey: "assessment.published" });
  });

  it("deletes a draft with its criteria, keeping an audit record; never a published assessment", async () => {
    const d = await draft("To delete");
    expect(await deleteDraft(d.officer, d.id, (await d.view()).version)).toBe(true);
    expect(await t.db.assessment.findUnique({ where: { id: d.id } })).toBeNull();
    expect(await t.db.assessmentCriterion.count({ where: { assessmentId: d.id } })).toBe(0);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { subjectId: d.id, action: "assessment.draft-deleted" } });
    expect(JSON.parse(event.summary).before).toMatchObject({ title: "To delete", reference: "LC-1" });
    const p = await published();
    await expect(deleteDraft(p.officer, p.id, (await p.view()).version)).rejects.toMatchObject({ messageKey: "assessment.published" });
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });
});

describe("extending a published deadline", () => {
  it("moves it later and returns the notice to every invited supplier, audited in the same change", async () => {
    const p = await published();
    const before = await p.view();
    const later = inDays(45);
    const result = await extendDeadline(p.officer, p.id, later, before.version);
    expect(result?.notice).toEqual({
      event: "assessment.deadline-extended", assessmentId: p.id, organisationId: p.officer.organisationId,
      recipients: [{ supplierOrganisationId: p.supplier.organisationId, email: null }, { supplierOrganisationId: null, email: "bids@newcomer.example" }],
      details: { previousDeadline: before.responseDeadline.toISOString(), responseDeadline: later.toISOString() },
    });
    expect((await p.view()).responseDeadline).toEqual(later);
    expect((await auditActions(p.id)).at(-1)).toBe("assessment.deadline-extended");
    // The invited supplier organisation and the e-mail invitation nobody has accepted yet are told, in the same
    // transaction as the change.
    const told = await t.db.outboxMessage.findMany({ where: { kind: "deadline-extended" }, orderBy: { recipientEmail: "asc" } });
    expect(told.map((message) => message.organisationId ?? message.recipientEmail).sort()).toEqual([p.supplier.organisationId, "bids@newcomer.example"].sort());
  });

  it("never shortens it, never beyond two years, never after it has passed", async () => {
    const p = await published();
    const version = (await p.view()).version;
    await expect(extendDeadline(p.officer, p.id, inDays(20), version)).rejects.toMatchObject({ messageKey: "deadline.notLater", field: "deadlineDay" });
    await expect(extendDeadline(p.officer, p.id, new Date("3000-01-01T12:00:00Z"), version)).rejects.toMatchObject({ messageKey: "deadline.tooFar" });
    await t.db.assessment.update({ where: { id: p.id }, data: { responseDeadline: new Date(Date.now() - 1000) } });
    await expect(extendDeadline(p.officer, p.id, inDays(20), version)).rejects.toMatchObject({ messageKey: "extend.closed" });
    const d = await draft();
    await expect(extendDeadline(d.officer, d.id, inDays(40), (await d.view()).version)).rejects.toMatchObject({ messageKey: "extend.notPublished" });
  });
});

describe("the outcome", () => {
  it("goes closed → evaluated → awarded; suppliers see awarded, not awarded and did not submit; the standstill period is returned", async () => {
    const e = await evaluated();
    expect(await statusOfAssessment(await e.view())).toBe("evaluated");
    expect((await listAssessments(e.officer)).map((a) => a.status)).toEqual(["evaluated"]);
    const [winner, loser, absent] = e.suppliers;
    await expect(recordOutcome(e.officer, e.id, { decision: "awarded", supplierOrganisationId: absent.id, decidedOn: "2027-03-01" }, (await e.view()).version)).rejects.toMatchObject({ messageKey: "outcome.supplierNotRanked" });
    // Recorded on 2 March 2027: a decision dated the day after is refused, one dated the day before is not.
    const recordedAt = new Date("2027-03-02T10:00:00Z");
    await expect(recordOutcome(e.officer, e.id, { decision: "awarded", supplierOrganisationId: winner.id, decidedOn: "2027-03-03" }, (await e.view()).version, recordedAt)).rejects.toMatchObject({ messageKey: "decidedOn.future" });
    const result = await recordOutcome(e.officer, e.id, { decision: "awarded", supplierOrganisationId: winner.id, decidedOn: "2027-03-01" }, (await e.view()).version, recordedAt);
    expect(result?.standstill).toEqual({ firstDay: "2027-03-01", lastDay: "2027-03-10", workingDays: 8 });
    expect(result?.notice.recipients.map((r) => r.supplierOrganisationId).sort()).toEqual([winner.id, loser.id].sort());
    expect(result?.notice.details).toEqual({ outcome: "awarded", decidedOn: "2027-03-01", standstillLastDay: "2027-03-10", awardedSupplierOrganisationId: winner.id });
    // Each supplier that submitted is told its own outcome and the standstill period; one that did not, nothing.
    const outcomeOf = async (organisationId: string) => (await t.db.outboxMessage.findMany({ where: { kind: "outcome", organisationId } })).map((message) => message.body).join("\n");
    expect(await outcomeOf(winner.id)).toContain("The contract has been awarded to your organisation.");
    expect(await outcomeOf(loser.id)).toContain("The contract has not been awarded to your organisation.");
    expect(await outcomeOf(loser.id)).toContain("has decided on “Scored” (LC-1) on 1 March 2027.");
    expect(await outcomeOf(loser.id)).toContain("The standstill period ends at the end of 10 March 2027.");
    expect(await outcomeOf(absent.id)).toBe("");
    expect(await statusOfAssessment(await e.view())).toBe("awarded");
    expect((await listInvitations(winner.actor))[0].outcome).toBe("awarded");
    expect((await listInvitations(loser.actor))[0].outcome).toBe("not-awarded");
    expect((await listInvitations(absent.actor))[0].outcome).toBe("did-not-submit");
    expect((await getOwnResponse(loser.actor, e.id))?.assessment.standstill?.lastDay).toBe("2027-03-10");
    expect((await getOwnResponse(absent.actor, e.id))?.assessment.standstill).toBeNull();
    await expect(recordOutcome(e.officer, e.id, { decision: "cancelled", decidedOn: "2027-03-01" }, (await e.view()).version)).rejects.toMatchObject({ messageKey: "outcome.notAllowed" });
    expect((await auditActions(e.id)).at(-1)).toBe("assessment.awarded");
  });

  it("refuses an award before every counting score is in; a cancellation is allowed, and then the assessment can be archived", async () => {
    const p = await published();
    await expect(setArchived(p.officer, p.id, true)).rejects.toMatchObject({ messageKey: "archive.notFinished" });
    await t.db.assessment.update({ where: { id: p.id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
    await expect(recordOutcome(p.officer, p.id, { decision: "awarded", supplierOrganisationId: p.supplier.organisationId, decidedOn: "2027-03-01" }, (await p.view()).version)).rejects.toMatchObject({ messageKey: "outcome.notEvaluated" });
    // A cancellation may come before the deadline, never before the assessment was published.
    await expect(recordOutcome(p.officer, p.id, { decision: "cancelled", decidedOn: "1999-01-01" }, (await p.view()).version)).rejects.toMatchObject({ messageKey: "decidedOn.beforePublished", field: "decidedDay" });
    const cancelled = await recordOutcome(p.officer, p.id, { decision: "cancelled", decidedOn: new Date().toISOString().slice(0, 10) }, (await p.view()).version);
    expect(cancelled?.standstill).toBeNull();
    expect(await statusOfAssessment(await p.view())).toBe("cancelled");
    expect(await setArchived(p.officer, p.id, true)).toBe(true);
    expect(await listAssessments(p.officer)).toEqual([]);
    expect((await listAssessments(p.officer, { q: "", sort: "created", archived: "only" })).map((a) => [a.status, a.archived])).toEqual([["cancelled", true]]);
  });

  it("refuses an award dated before the deadline", async () => {
    const e = await evaluated();
    await expect(recordOutcome(e.officer, e.id, { decision: "awarded", supplierOrganisationId: e.suppliers[0].id, decidedOn: "2020-01-01" }, (await e.view()).version)).rejects.toMatchObject({ messageKey: "decidedOn.beforeDeadline" });
  });

  it("lets an open procurement be cancelled before its deadline", async () => {
    const p = await published();
    // The supplier has started a response it never submitted; nobody has accepted the e-mail invitation.
    await saveAnswer(p.supplier, p.id, (await p.view()).criteria[0].id, { answer: "Our plan", language: "en", version: 0 }, null);
    await inviteSupplier(p.officer, p.id, { email: "told@cancelled.example" });
    const decidedOn = new Date().toISOString().slice(0, 10);
    const result = await recordOutcome(p.officer, p.id, { decision: "cancelled", decidedOn }, (await p.view()).version);
    expect(result?.notice.recipients).toEqual([
      { supplierOrganisationId: p.supplier.organisationId, email: null },
      { supplierOrganisationId: null, email: "bids@newcomer.example" },
      { supplierOrganisationId: null, email: "told@cancelled.example" },
    ]);
    expect(await statusOfAssessment(await p.view())).toBe("cancelled");
    // Everyone invited is told, on the day the officer entered.
    const told = await t.db.outboxMessage.findMany({ where: { kind: "outcome", recipientEmail: { in: [p.supplier.email, "told@cancelled.example"] } } });
    expect(told.map((message) => message.recipientEmail).sort()).toEqual([p.supplier.email, "told@cancelled.example"].sort());
    expect(told.every((message) => message.body.includes("no contract will be awarded"))).toBe(true);
    expect((await listInvitations(p.supplier)).find((invitation) => invitation.id === p.id)?.outcome).toBe("cancelled");
    // Nothing more can be answered, submitted, asked or invited.
    await expect(saveAnswer(p.supplier, p.id, (await p.view()).criteria[0].id, { answer: "Changed", language: "en", version: 0 }, null)).rejects.toMatchObject({ messageKey: "response.decided" });
    await expect(askQuestion(p.supplier, p.id, "Is it still going ahead?")).rejects.toMatchObject({ messageKey: "response.decided" });
    await expect(inviteSupplier(p.officer, p.id, { email: "late@bidder.example" })).rejects.toMatchObject({ messageKey: "invite.decided" });
    await expect(extendDeadline(p.officer, p.id, inDays(60), (await p.view()).version)).rejects.toMatchObject({ messageKey: "extend.closed" });
  });
});

describe("the list of assessments", () => {
  it("is searched by title or reference and sorted by deadline or status", async () => {
    const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const officer = buyer.actors[0];
    for (const [title, days] of [["Printers", 50], ["Cloud hosting", 10], ["Laptops", 30]] as const) await createAssessment(officer, { ...details(title), responseDeadline: inDays(days) });
    const laptops = (await listAssessments(officer)).find((a) => a.title === "Laptops")!;
    await publishAssessment(officer, laptops.id, (await getAssessment(officer, laptops.id))!.version);
    const list = (sort: "deadline" | "deadline-desc" | "status" | "created", q = "") => listAssessments(officer, { q, sort, archived: undefined }).then((items) => items.map((a) => a.title));
    expect(await list("deadline")).toEqual(["Cloud hosting", "Laptops", "Printers"]);
    expect(await list("deadline-desc")).toEqual(["Printers", "Laptops", "Cloud hosting"]);
    expect(await list("status")).toEqual(["Cloud hosting", "Printers", "Laptops"]);
    expect(await list("created", "CLOUD")).toEqual(["Cloud hosting"]);
    expect(await list("created", "lc-1 print")).toEqual(["Printers"]);
  });
});

describe("clarification questions", () => {
  it("are edited or redacted by the officer before publishing, and never name who asked", async () => {
    const p = await published();
    const rival = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await inviteSupplier(p.officer, p.id, { supplierOrganisationId: rival.organisation.id });
    const { id } = (await askQuestion(p.supplier, p.id, "As Acme Cloud Ltd, may we host in Dublin?"))!;
    // Not published yet: the rival sees nothing; the asker sees its own words.
    expect(await listQuestionsForSupplier(rival.actors[0], p.id)).toEqual([]);
    expect((await listQuestionsForSupplier(p.supplier, p.id))?.[0].question).toBe("As Acme Cloud Ltd, may we host in Dublin?");
    // The answer is published with the question in the wording on the officer's form.
    expect(await answerQuestion(p.officer, p.id, id, "Yes, within the UK or the EEA.", "May a supplier host in Dublin?")).toEqual({ id });
    const seen = (await listQuestionsForSupplier(rival.actors[0], p.id))!;
    expect(seen.map((q) => [q.question, q.answer, q.askedByYou])).toEqual([["May a supplier host in Dublin?", "Yes, within the UK or the EEA.", false]]);
    expect(JSON.stringify(seen)).not.toContain(p.supplier.organisationId);
    const buyerView = (await listQuestionsForBuyer(p.officer, p.id))!;
    expect(JSON.stringify(buyerView)).not.toContain(p.supplier.organisationId);
    const messages = await t.db.outboxMessage.findMany({ where: { kind: "clarification-answered", organisationId: rival.organisation.id } });
    expect(messages.map((m) => m.body).join("\n")).toContain("May a supplier host in Dublin?");
    expect(messages.map((m) => m.body).join("\n")).not.toContain("Acme");
    // Once published, the wording is fixed; the answer can still be corrected.
    await expect(answerQuestion(p.officer, p.id, id, "Corrected", "Changed later")).rejects.toMatchObject({ messageKey: "clarification.published" });
    await answerQuestion(p.officer, p.id, id, "Yes, within the UK or the EEA, and in Switzerland.");
    expect((await listQuestionsForSupplier(rival.actors[0], p.id))![0].question).toBe("May a supplier host in Dublin?");
    expect(await auditActions(id)).toEqual(["clarification.asked", "clarification.wording-edited", "clarification.answered", "clarification.answered"]);
  });
});
