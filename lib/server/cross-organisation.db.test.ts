import { describe, expect, it } from "vitest";
import { setArchived } from "@/lib/server/assessments/archive-assessment";
import { changeAssessmentDetails } from "@/lib/server/assessments/change-assessment-details";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { deleteDraft } from "@/lib/server/assessments/delete-draft";
import { extendDeadline } from "@/lib/server/assessments/extend-deadline";
import { recordOutcome } from "@/lib/server/assessments/record-outcome";
import { addComment, resolveComment } from "@/lib/server/assessments/comments";
import { addCriteria, removeCriterion, updateCriterion, updateWeights } from "@/lib/server/assessments/criteria";
import { addGate, removeGate } from "@/lib/server/assessments/gates";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist, grantSharedSpecialist, removeSpecialist, revokeSharedSpecialist } from "@/lib/server/assessments/specialists";
import { inviteSupplier, resendSupplierInvitation, withdrawSupplierInvitation } from "@/lib/server/assessments/supplier-invitations";
import { copyTemplate, setTemplateSharing } from "@/lib/server/assessments/templates";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { updateAssessmentText } from "@/lib/server/assessments/update-assessment-text";
import { answerQuestion, askQuestion } from "@/lib/server/clarifications/clarifications";
import { Prisma } from "@/lib/server/db";
import { removeResponseFile } from "@/lib/server/files/remove-response-file";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";
import { changeMember } from "@/lib/server/members/change-member-role";
import { inviteMember } from "@/lib/server/members/invite-member";
import { resendMemberInvitation } from "@/lib/server/members/resend-invitation";
import { requestPreparedFile } from "@/lib/server/prepared-files/request-prepared-file";
import { copyEvidenceProfile, saveFootprint } from "@/lib/server/responses/change-evidence";
import { declareConditions } from "@/lib/server/responses/declare-conditions";
import { registerSupplier } from "@/lib/server/responses/register-supplier";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { submitResponse, withdrawResponse } from "@/lib/server/responses/submit-response";
import { decideConflict } from "@/lib/server/scoring/decide-conflict";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { recordConsensus } from "@/lib/server/scoring/record-consensus";
import { submitScores } from "@/lib/server/scoring/submit-scores";
import { releaseSummaries } from "@/lib/server/summaries/release-summaries";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";

// Every mutating use case, attacked by another organisation with (a) the victim's real ids, (b) database filter
// objects where an id belongs ({ in: [own, victim] }, { not }, { notIn }), and (c) wrong types. Each attack must
// answer not-found (null) or be refused (an error), and change nothing anywhere: every table is compared.

const t = useTestDatabase();
const day = 24 * 60 * 60 * 1000;
const inAYear = () => new Date(Date.now() + 365 * day);

const details = (title: string) => ({
  title, titleCy: `${title} (Cymraeg)`, reference: "REF-1", description: "", nation: "wales" as const, annualContractValue: 100_000, carbonReductionPlan: "no" as const,
  languages: "en+cy" as const, level: "2020" as const, scale: "0-4" as const, divergenceThreshold: 1, responseDeadline: inAYear(),
});

let worlds = 0;

/** One buyer organisation's whole tender landscape: a draft, an open tender and a closed one under scoring. */
async function buyerWorld() {
  worlds += 1;
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin"]);
  const [officer, specialist, admin] = buyer.actors;
  const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
  const rival = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
  const outsider = await createOrganisation(t.db, "buyer", ["sustainability-specialist"]);

  const draft = (await createAssessment(officer, details(`Draft ${worlds}`))).id;
  await addSpecialist(officer, draft, specialist.userId);
  await addGate(officer, draft, { en: "Hold Cyber Essentials Plus", cy: "" });
  await addComment(specialist, draft, { criterionId: "", body: "Are these weights right?" });
  const draftView = (await getAssessment(officer, draft))!;

  const publish = async (title: string) => {
    const id = (await createAssessment(officer, details(title))).id;
    await addSpecialist(officer, id, specialist.userId);
    await addGate(officer, id, { en: "Hold Cyber Essentials Plus", cy: "" });
    await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
    await inviteSupplier(officer, id, { supplierOrganisationId: supplier.organisation.id });
    await inviteSupplier(officer, id, { supplierOrganisationId: rival.organisation.id });
    return { id, view: (await getAssessment(officer, id))! };
  };

  const open = await publish(`Open ${worlds}`);
  const emailInvitation = await inviteSupplier(officer, open.id, { email: `new${worlds}@supplier.example` });
  await saveAnswer(supplier.actors[0], open.id, open.view.criteria[0].id, { answer: "We are committed to net zero by 2040", language: "en", version: 0 }, null);
  await saveAnswer(rival.actors[0], open.id, open.view.criteria[0].id, { answer: "Our own answer", language: "en", version: 0 }, null);
  const response = await t.db.response.findFirstOrThrow({ where: { assessmentId: open.id, supplierOrganisationId: supplier.organisation.id } });
  const file = await t.db.responseFile.create({ data: { responseId: response.id, criterionId: open.view.criteria[0].id, fileName: "plan.pdf", mediaType: "application/pdf", size: 3, sha256: "0".repeat(64), storageKey: `key-${worlds}-${Date.now()}`, uploadedById: supplier.actors[0].userId } });
  const question = (await askQuestion(supplier.actors[0], open.id, "Is hosting in the EU acceptable?"))!;

  const closed = await publish(`Closed ${worlds}`);
  await grantSharedSpecialist(officer, closed.id, outsider.actors[0].email);
  for (const organisation of [supplier, rival]) {
    await t.db.response.create({ data: { assessmentId: closed.id, supplierOrganisationId: organisation.organisation.id, status: "submitted", submittedAt: new Date(), evidence: "{}" } });
  }
  await t.db.assessment.update({ where: { id: closed.id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
  const conflict = (await declareConflict(specialist, closed.id, supplier.organisation.id, { hasConflict: true, details: "I used to work there" }))!;
  const sharedGrant = await t.db.assessmentSpecialist.findFirstOrThrow({ where: { assessmentId: closed.id, userId: outsider.actors[0].userId } });
  const invitation = await inviteMember(admin, { email: `joiner${worlds}@example.gov.uk`, role: "procurement-officer" });
  const membership = await t.db.membership.findFirstOrThrow({ where: { userId: specialist.userId } });

  return {
    officer, specialist, admin, supplier: supplier.actors[0], contributor: supplier.actors[1], rival: rival.actors[0],
    supplierId: supplier.organisation.id, rivalId: rival.organisation.id,
    draft, criterion: draftView.criteria[0], gate: draftView.gates[0].id, comment: draftView.comments[0].id,
    draftSpecialist: (await t.db.assessmentSpecialist.findFirstOrThrow({ where: { assessmentId: draft } })).id,
    open: open.id, openCriterion: open.view.criteria[0].id, openGate: open.view.gates[0].id, question: question.id,
    supplierInvitation: (await t.db.supplierInvitation.findFirstOrThrow({ where: { assessmentId: open.id, supplierOrganisationId: supplier.organisation.id } })).id,
    emailInvitationToken: emailInvitation!.token!, emailInvitation: emailInvitation!.invitationId, file: file.id,
    closed: closed.id, closedCriteria: closed.view.criteria.map((c) => c.id), conflict: conflict.id, sharedGrant: sharedGrant.id,
    memberToken: invitation.token, memberInvitation: invitation.invitationId, membership: membership.id,
  };
}

/** Every row of every table, as one comparable value. */
async function everything() {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (t.db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model[0].toLowerCase() + model.slice(1)];
    tables[model] = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

/** What stands where an id belongs: the victim's real id, filter objects, and wrong types. */
const hostile = (own: string, victim: string): unknown[] => [
  victim,
  { in: [own, victim] },
  { not: own },
  { notIn: [own] },
  { contains: "" },
  { startsWith: "" },
  42,
  Number.NaN,
  null,
  [own, victim],
  true,
];

type Attack = { name: string; own: string; victim: string; run: (id: never) => Promise<unknown> };

async function expectRefusedAndUnchanged(attack: Attack) {
  const before = await everything();
  for (const id of hostile(attack.own, attack.victim)) {
    const outcome = await attack.run(id as never).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    const label = `${attack.name} with ${JSON.stringify(id)}`;
    if ("result" in outcome) expect(outcome.result, label).toBeNull();
  }
  expect(await everything(), `${attack.name}: every table unchanged`).toEqual(before);
}

describe("another organisation", () => {
  it("can neither change nor reach a buyer's assessments, whatever it sends in place of an id", async () => {
    const victim = await buyerWorld();
    const own = await buyerWorld();
    const me = own.officer;
    const edit = (criterion: typeof victim.criterion, version: number) => ({
      titleEn: "Retitled by another council", titleCy: "", questionEn: "Changed", questionCy: "", guidanceEn: "", guidanceCy: "", evidenceEn: "", evidenceCy: "",
      weight: 0, minimumScore: null, rule: criterion.rule, version, descriptors: {},
    });
    const version = (await getAssessment(me, own.draft))!.version;
    const attacks: Attack[] = [
      { name: "addComment", own: own.draft, victim: victim.draft, run: (id) => addComment(own.specialist, id, { criterionId: "", body: "x" }) },
      { name: "resolveComment (assessment)", own: own.draft, victim: victim.draft, run: (id) => resolveComment(me, id, victim.comment, "done") },
      { name: "resolveComment (comment)", own: own.comment, victim: victim.comment, run: (id) => resolveComment(me, own.draft, id, "done") },
      { name: "addGate", own: own.draft, victim: victim.draft, run: (id) => addGate(me, id, { en: "Injected", cy: "" }) },
      { name: "removeGate (assessment)", own: own.draft, victim: victim.draft, run: (id) => removeGate(me, id, victim.gate) },
      { name: "removeGate (gate)", own: own.gate, victim: victim.gate, run: (id) => removeGate(me, own.draft, id) },
      { name: "publishAssessment", own: own.draft, victim: victim.draft, run: (id) => publishAssessment(me, id, version) },
      { name: "addSpecialist (assessment)", own: own.draft, victim: victim.draft, run: (id) => addSpecialist(me, id, own.specialist.userId) },
      { name: "addSpecialist (person)", own: own.specialist.userId, victim: victim.specialist.userId, run: (id) => addSpecialist(me, own.draft, id) },
      { name: "removeSpecialist (assessment)", own: own.draft, victim: victim.draft, run: (id) => removeSpecialist(me, id, victim.draftSpecialist) },
      { name: "removeSpecialist (grant)", own: own.draftSpecialist, victim: victim.draftSpecialist, run: (id) => removeSpecialist(me, own.draft, id) },
      { name: "grantSharedSpecialist", own: own.closed, victim: victim.closed, run: (id) => grantSharedSpecialist(me, id, own.specialist.email) },
      { name: "revokeSharedSpecialist (assessment)", own: own.closed, victim: victim.closed, run: (id) => revokeSharedSpecialist(me, id, victim.sharedGrant) },
      { name: "revokeSharedSpecialist (grant)", own: own.sharedGrant, victim: victim.sharedGrant, run: (id) => revokeSharedSpecialist(me, own.closed, id) },
      { name: "inviteSupplier", own: own.open, victim: victim.open, run: (id) => inviteSupplier(me, id, { email: "rogue@example.com" }) },
      { name: "withdrawSupplierInvitation (assessment)", own: own.open, victim: victim.open, run: (id) => withdrawSupplierInvitation(me, id, victim.supplierInvitation) },
      { name: "withdrawSupplierInvitation (invitation)", own: own.supplierInvitation, victim: victim.supplierInvitation, run: (id) => withdrawSupplierInvitation(me, own.open, id) },
      { name: "resendSupplierInvitation (assessment)", own: own.open, victim: victim.open, run: (id) => resendSupplierInvitation(me, id, victim.emailInvitation) },
      { name: "resendSupplierInvitation (invitation)", own: own.emailInvitation, victim: victim.emailInvitation, run: (id) => resendSupplierInvitation(me, own.open, id) },
      { name: "resendMemberInvitation", own: own.memberInvitation, victim: victim.memberInvitation, run: (id) => resendMemberInvitation(own.admin, id) },
      { name: "setTemplateSharing", own: own.draft, victim: victim.draft, run: (id) => setTemplateSharing(me, id, true) },
      { name: "copyTemplate (not shared)", own: own.draft, victim: victim.draft, run: (id) => copyTemplate(me, id, { title: "Copy", reference: "C", responseDeadline: inAYear() }) },
      { name: "updateCriterion (assessment)", own: own.draft, victim: victim.draft, run: (id) => updateCriterion(me, id, victim.criterion.id, edit(victim.criterion, version)) },
      { name: "updateCriterion (criterion)", own: own.criterion.id, victim: victim.criterion.id, run: (id) => updateCriterion(me, own.draft, id, edit(victim.criterion, version)) },
      { name: "removeCriterion (assessment)", own: own.draft, victim: victim.draft, run: (id) => removeCriterion(me, id, victim.criterion.id, version) },
      { name: "removeCriterion (criterion)", own: own.criterion.id, victim: victim.criterion.id, run: (id) => removeCriterion(me, own.draft, id, version) },
      { name: "addCriteria", own: own.draft, victim: victim.draft, run: (id) => addCriteria(me, id, { frameworkCriterionIds: [], own: { titleEn: "Injected", questionEn: "?", rule: "OTHER" }, version }) },
      { name: "updateWeights", own: own.draft, victim: victim.draft, run: (id) => updateWeights(me, id, { [victim.criterion.id]: 0 }, version) },
      { name: "answerQuestion (assessment)", own: own.open, victim: victim.open, run: (id) => answerQuestion(me, id, victim.question, "Published by another council") },
      { name: "answerQuestion (question)", own: own.question, victim: victim.question, run: (id) => answerQuestion(me, own.open, id, "Published by another council") },
      { name: "declareConflict (assessment)", own: own.closed, victim: victim.closed, run: (id) => declareConflict(own.specialist, id, victim.supplierId, { hasConflict: false, details: "" }) },
      { name: "declareConflict (supplier)", own: own.supplierId, victim: victim.supplierId, run: (id) => declareConflict(own.officer, own.closed, id, { hasConflict: false, details: "" }) },
      { name: "decideConflict (assessment)", own: own.closed, victim: victim.closed, run: (id) => decideConflict(me, id, victim.conflict, "allowed") },
      { name: "decideConflict (declaration)", own: own.conflict, victim: victim.conflict, run: (id) => decideConflict(me, own.closed, id, "allowed") },
      { name: "submitScores", own: own.closed, victim: victim.closed, run: (id) => submitScores(me, id, victim.supplierId, victim.closedCriteria.map((criterionId) => ({ criterionId, score: 4, justification: "x" }))) },
      { name: "recordConsensus", own: own.closed, victim: victim.closed, run: (id) => recordConsensus(me, id, victim.supplierId, victim.closedCriteria[0], { score: 4, rationale: "x" }) },
      { name: "releaseSummaries", own: own.closed, victim: victim.closed, run: (id) => releaseSummaries(me, id, version) },
      {
        name: "updateAssessmentText", own: own.draft, victim: victim.draft,
        run: (id) => updateAssessmentText(me, id, { title: "Retitled", titleCy: "Ailenwyd", description: "", descriptionCy: "", awardShare: 50, procurementCategory: "goods", welshConfirmed: "yes", version }),
      },
      // A download that records when its Open Contracting content changed: another organisation's records nothing.
      { name: "exportAssessmentFile (OCDS)", own: own.open, victim: victim.open, run: (id) => exportAssessmentFile(me, id, "tender-criteria.ocds.json") },
      { name: "requestPreparedFile", own: own.closed, victim: victim.closed, run: (id) => requestPreparedFile(me, id, "results.docx") },
      { name: "changeAssessmentDetails", own: own.draft, victim: victim.draft, run: (id) => changeAssessmentDetails(me, id, { title: "Renamed by another council", reference: "X", description: "", annualContractValue: 1, carbonReductionPlan: "no", languages: "en", responseDeadline: inAYear(), version }) },
      { name: "deleteDraft", own: own.draft, victim: victim.draft, run: (id) => deleteDraft(me, id, version) },
      { name: "extendDeadline", own: own.open, victim: victim.open, run: (id) => extendDeadline(me, id, new Date(Date.now() + 400 * day), version) },
      { name: "recordOutcome (cancel)", own: own.closed, victim: victim.closed, run: (id) => recordOutcome(me, id, { decision: "cancelled", decidedOn: new Date().toISOString().slice(0, 10) }, version) },
      { name: "recordOutcome (award)", own: own.closed, victim: victim.closed, run: (id) => recordOutcome(me, id, { decision: "awarded", supplierOrganisationId: victim.supplierId, decidedOn: new Date().toISOString().slice(0, 10) }, version) },
      { name: "recordOutcome (award another's supplier)", own: own.supplierId, victim: victim.supplierId, run: (id) => recordOutcome(me, own.closed, { decision: "awarded", supplierOrganisationId: id, decidedOn: new Date().toISOString().slice(0, 10) }, version) },
      { name: "setArchived", own: own.closed, victim: victim.closed, run: (id) => setArchived(me, id, true) },
      { name: "answerQuestion with new wording (assessment)", own: own.open, victim: victim.open, run: (id) => answerQuestion(me, id, victim.question, "Answered by another council", "Rewritten by another council") },
      { name: "answerQuestion with new wording (question)", own: own.question, victim: victim.question, run: (id) => answerQuestion(me, own.open, id, "Answered by another council", "Rewritten by another council") },
      { name: "changeMember (role)", own: own.membership, victim: victim.membership, run: (id) => changeMember(own.admin, id, "organisation-admin") },
      { name: "changeMember (remove)", own: own.membership, victim: victim.membership, run: (id) => changeMember(own.admin, id, null) },
    ];
    for (const attack of attacks) await expectRefusedAndUnchanged(attack);
  }, 300_000);

  it("can neither change nor reach a supplier's response, nor can a rival bidder on the same tender", async () => {
    const victim = await buyerWorld();
    const own = await buyerWorld();
    const answer = { answer: "Overwritten", language: "en" as const, version: 1 };
    const footprint = { hosting: [{ region: "GB", electricityKWhPerYear: 1 }], devices: [] };
    // A supplier of another tender: every use case, with every hostile id.
    {
      const attacker = own.supplier;
      const mine = own.open;
      const attacks: Attack[] = [
        { name: "saveAnswer (assessment)", own: mine, victim: victim.open, run: (id) => saveAnswer(attacker, id, victim.openCriterion, answer, null) },
        { name: "saveAnswer (criterion)", own: own.openCriterion, victim: victim.criterion.id, run: (id) => saveAnswer(attacker, mine, id, answer, null) },
        { name: "removeResponseFile (assessment)", own: mine, victim: victim.open, run: (id) => removeResponseFile(attacker, id, victim.file) },
        { name: "removeResponseFile (file)", own: own.file, victim: victim.file, run: (id) => removeResponseFile(attacker, mine, id) },
        { name: "copyEvidenceProfile", own: mine, victim: victim.draft, run: (id) => copyEvidenceProfile(attacker, id) },
        { name: "saveFootprint", own: mine, victim: victim.draft, run: (id) => saveFootprint(attacker, id, footprint as never) },
        { name: "declareConditions", own: mine, victim: victim.draft, run: (id) => declareConditions(attacker, id, { [victim.openGate]: "pass" } as never) },
        { name: "submitResponse", own: mine, victim: victim.closed, run: (id) => submitResponse(attacker, id, 0) },
        { name: "withdrawResponse", own: mine, victim: victim.closed, run: (id) => withdrawResponse(attacker, id) },
        { name: "askQuestion", own: mine, victim: victim.draft, run: (id) => askQuestion(attacker, id, "Who else bid?") },
      ];
      for (const attack of attacks) await expectRefusedAndUnchanged(attack);
    }
    // A rival bidder on the same tender works on its own response there; it never reaches the other bidder's rows.
    const rival = victim.rival;
    const rivalAttacks: Attack[] = [
      { name: "rival removeResponseFile", own: own.file, victim: victim.file, run: (id) => removeResponseFile(rival, victim.open, id) },
      { name: "rival saveAnswer (criterion of another assessment)", own: victim.openCriterion, victim: victim.criterion.id, run: (id) => saveAnswer(rival, victim.open, id, answer, null) },
    ];
    for (const attack of rivalAttacks) await expectRefusedAndUnchanged(attack);
  }, 300_000);

  it("cannot spend an invitation link with anything but the link's own token", async () => {
    const victim = await buyerWorld();
    const join = { name: "Intruder", password: "Long-enough-password-1", confirmPassword: "Long-enough-password-1" };
    const register = { organisationNameEn: "Intruder Ltd", organisationNameCy: "", nation: "wales" as const, ...join };
    const attacks: Attack[] = [
      { name: "acceptInvitation", own: "x".repeat(43), victim: "y".repeat(43), run: (token) => acceptInvitation(token, join, "en") },
      { name: "registerSupplier", own: "x".repeat(43), victim: "y".repeat(43), run: (token) => registerSupplier(token, register, "en") },
    ];
    for (const attack of attacks) await expectRefusedAndUnchanged(attack);
    expect(victim.memberToken).toBeTruthy();
  });
});
