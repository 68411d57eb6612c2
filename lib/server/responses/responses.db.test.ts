import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { receiptHash } from "@/lib/domain/responses/submission";
import { getResults } from "@/lib/server/assessments/get-results";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { inspectUpload } from "@/lib/server/files/inspect-upload";
import { readResponseFile } from "@/lib/server/files/read-response-file";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { declareConditions } from "./declare-conditions";
import { getOwnResponse } from "./get-response";
import { listInvitations } from "./list-invitations";
import { saveAnswer } from "./save-answer";
import { submitResponse, withdrawResponse } from "./submit-response";
import type { Actor } from "@/lib/server/auth/actor";

process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
const minimalPdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function openAssessment(deadline: Date, supplierIds: string[], conditions: { en: string; cy: string }[] = []) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
  const assessment = await t.db.assessment.create({
    data: {
      organisationId: buyer.organisation.id, title: "Cloud hosting", reference: "REF-9", nation: "wales", annualContractValue: 1000, carbonReductionPlanRequired: false,
      responseDeadline: deadline, scale: JSON.stringify(scalePresets["0-4"].points), divergenceThreshold: 1, frameworkId: latestFramework.id, frameworkVersion: latestFramework.version, frameworkLevel: "2020", languages: "en+cy",
      status: "published", createdById: buyer.actors[0].userId,
      criteria: { create: [0, 1].map((position) => ({ position, rule: "BR1", titleEn: `Criterion ${position}`, titleCy: `Maen prawf ${position}`, questionEn: "Why?", questionCy: "Pam?", weight: 50 })) },
      gates: { create: conditions.map((question, position) => ({ position, questionEn: question.en, questionCy: question.cy })) },
    },
    include: { criteria: { orderBy: { position: "asc" } }, gates: { orderBy: { position: "asc" } } },
  });
  for (const supplierOrganisationId of supplierIds) await t.db.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId, invitedById: buyer.actors[0].userId } });
  return { buyer, assessment, criteria: assessment.criteria.map((criterion) => criterion.id), conditions: assessment.gates.map((gate) => gate.id) };
}

/** Submits as the check answers page does: from the version it showed. */
async function submitChecked(actor: Actor, assessmentId: string, now?: () => Date) {
  const version = (await getOwnResponse(actor, assessmentId))?.response?.version ?? 0;
  return submitResponse(actor, assessmentId, version, now);
}

const inAYear = () => new Date(Date.now() + 365 * 86_400_000);
const answer = (text: string, version = 0, language: "en" | "cy" = "en") => ({ answer: text, language, version });

describe("responses", () => {
  it("show on the supplier's list how many questions have an answer, of all of them; another supplier's answers never count", async () => {
    const [supplier, other] = [await createOrganisation(t.db, "supplier", ["supplier-admin"]), await createOrganisation(t.db, "supplier", ["supplier-admin"])];
    const { assessment, criteria } = await openAssessment(inAYear(), [supplier.organisation.id, other.organisation.id]);
    expect((await listInvitations(supplier.actors[0])).map((i) => [i.answered, i.questions])).toEqual([[0, 2]]);
    await saveAnswer(supplier.actors[0], assessment.id, criteria[0], answer("Net zero by 2040"), null);
    await saveAnswer(other.actors[0], assessment.id, criteria[0], answer("Theirs"), null);
    await saveAnswer(other.actors[0], assessment.id, criteria[1], answer("Theirs too"), null);
    expect((await listInvitations(supplier.actors[0])).map((i) => [i.answered, i.questions])).toEqual([[1, 2]]);
    expect((await listInvitations(other.actors[0])).map((i) => [i.answered, i.questions])).toEqual([[2, 2]]);
  });

  it("count an answer left to come back to as in progress, and refuse submission until it is finished, naming it", async () => {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const { assessment, criteria } = await openAssessment(inAYear(), [supplier.organisation.id]);
    const [actor] = supplier.actors;
    await saveAnswer(actor, assessment.id, criteria[0], answer("Net zero by 2040"), null);
    await expect(submitChecked(actor, assessment.id)).rejects.toMatchObject({ code: "INCOMPLETE", messageKey: "response.incomplete", field: `question-${criteria[1]}` });
    await saveAnswer(actor, assessment.id, criteria[1], { ...answer("Half of our plan"), finished: false }, null);
    expect((await listInvitations(actor)).map((i) => i.answered)).toEqual([1]);
    await expect(submitChecked(actor, assessment.id)).rejects.toMatchObject({ code: "UNFINISHED", messageKey: "response.unfinished", field: `question-${criteria[1]}` });
    await saveAnswer(actor, assessment.id, criteria[1], { ...answer("All of our plan", 1), finished: true }, null);
    expect((await listInvitations(actor)).map((i) => i.answered)).toEqual([2]);
    expect(await submitChecked(actor, assessment.id)).toMatchObject({ reference: expect.stringMatching(/^REF-9-/) });
  });

  it("refuse the second of two saves of the same answer from the same version, keeping both texts", async () => {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
    const { assessment, criteria } = await openAssessment(inAYear(), [supplier.organisation.id]);
    const [first, second] = await Promise.all([
      saveAnswer(supplier.actors[0], assessment.id, criteria[0], answer("First colleague's answer"), null),
      saveAnswer(supplier.actors[1], assessment.id, criteria[0], answer("Ail ateb y cydweithiwr", 0, "cy"), null),
    ]);
    const outcomes = [first, second];
    const saved = outcomes.filter((o) => o && "saved" in o);
    const stale = outcomes.filter((o) => o && "stale" in o) as { stale: { answer: string; version: number } }[];
    expect(saved).toHaveLength(1);
    expect(stale).toHaveLength(1);
    // The refused person is shown the text that was saved, and keeps their own: neither is lost.
    const kept = (await getOwnResponse(supplier.actors[0], assessment.id))!.response!.answers.get(criteria[0])!;
    expect(stale[0].stale).toMatchObject({ answer: kept.answer, version: 1 });
    expect(["First colleague's answer", "Ail ateb y cydweithiwr"]).toContain(kept.answer);
    // Saving again from the version now shown succeeds.
    const again = await saveAnswer(supplier.actors[1], assessment.id, criteria[0], answer("Merged answer", stale[0].stale.version), null);
    expect(again).toEqual({ saved: { answer: "Merged answer", language: "en", version: 2 } });
    expect(await t.db.response.count({ where: { assessmentId: assessment.id } })).toBe(1);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("are submitted strictly before the deadline by the server's clock, and nothing changes after it", async () => {
    const early = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const late = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const deadline = new Date(Date.now() + 60_000);
    const { assessment, criteria } = await openAssessment(deadline, [early.organisation.id, late.organisation.id]);
    for (const supplier of [early, late]) for (const criterionId of criteria) await saveAnswer(supplier.actors[0], assessment.id, criterionId, answer(`Answer to ${criterionId}`), null);

    const justBefore = () => new Date(deadline.getTime() - 1);
    const atDeadline = () => new Date(deadline.getTime());
    const receipt = await submitChecked(early.actors[0], assessment.id, justBefore);
    expect(receipt?.reference).toMatch(/^REF-9-[A-Z2-9]{6}$/);
    await expect(submitChecked(late.actors[0], assessment.id, atDeadline)).rejects.toMatchObject({ code: "DEADLINE_PASSED", messageKey: "response.deadlinePassed" });
    await expect(saveAnswer(late.actors[0], assessment.id, criteria[0], answer("Too late", 1), null, atDeadline)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(withdrawResponse(early.actors[0], assessment.id, atDeadline)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });

    const stored = await t.db.response.findMany({ where: { assessmentId: assessment.id }, orderBy: { submittedAt: "asc" } });
    expect(stored.map((r) => [r.supplierOrganisationId, r.status])).toEqual(expect.arrayContaining([[early.organisation.id, "submitted"], [late.organisation.id, "in-progress"]]));
    // The receipt is the hash of exactly what was stored.
    const submitted = stored.find((r) => r.status === "submitted")!;
    const answers = await t.db.responseAnswer.findMany({ where: { responseId: submitted.id } });
    expect(receiptHash({ assessmentId: assessment.id, supplierOrganisationId: early.organisation.id, reference: submitted.reference!, submittedAt: submitted.submittedAt!.toISOString(), answers: answers.map((a) => ({ criterionId: a.criterionId, answer: a.answer, language: a.language as "en" })), evidence: {}, files: [] })).toBe(submitted.receiptHash);
  });

  it("are submitted once when submitted twice at the same moment, and can be withdrawn and resubmitted before the deadline", async () => {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
    const { assessment, criteria } = await openAssessment(inAYear(), [supplier.organisation.id]);
    for (const criterionId of criteria) await saveAnswer(supplier.actors[0], assessment.id, criterionId, answer("Our answer"), null);
    await expect(submitChecked(supplier.actors[1], assessment.id)).rejects.toMatchObject({ code: "NOT_A_SUBMITTER" });
    // Two clicks on the same form: one submission, and both answered with it.
    const checked = (await getOwnResponse(supplier.actors[0], assessment.id))!.response!.version;
    const outcomes = await Promise.all([submitResponse(supplier.actors[0], assessment.id, checked), submitResponse(supplier.actors[0], assessment.id, checked)]);
    expect(outcomes.map((o) => o!.repeated).sort()).toEqual([false, true]);
    expect(outcomes[0]!.reference).toBe(outcomes[1]!.reference);
    await expect(saveAnswer(supplier.actors[1], assessment.id, criteria[0], answer("Changed", 1), null)).rejects.toMatchObject({ messageKey: "response.alreadySubmitted" });
    const first = outcomes[0]!;
    await withdrawResponse(supplier.actors[0], assessment.id);
    await saveAnswer(supplier.actors[1], assessment.id, criteria[0], answer("Changed", 1), null);
    const second = await submitChecked(supplier.actors[0], assessment.id);
    expect(second!.receiptHash).not.toBe(first.receiptHash);
    expect(await t.db.response.count({ where: { assessmentId: assessment.id } })).toBe(1);
  });

  it("are found only by their own organisation; files are sealed from the buyer until the deadline and hidden from everyone else", async () => {
    const supplierA = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const supplierB = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const uninvited = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const otherBuyer = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const deadline = new Date(Date.now() + 60_000);
    const { buyer, assessment, criteria } = await openAssessment(deadline, [supplierA.organisation.id, supplierB.organisation.id]);
    const file = new File([minimalPdf], "plan.pdf", { type: "application/pdf" });
    const inspected = await inspectUpload(file);
    expect(inspected && "upload" in inspected && inspected.upload.mediaType).toBe("application/pdf");
    await saveAnswer(supplierA.actors[0], assessment.id, criteria[0], answer("With a file"), (inspected as { upload: never }).upload);
    const fileId = (await getOwnResponse(supplierA.actors[0], assessment.id))!.response!.files[0].id;

    expect((await readResponseFile(supplierA.actors[0], fileId))?.bytes.length).toBe(minimalPdf.length);
    expect(await readResponseFile(supplierB.actors[0], fileId)).toBeNull();
    expect(await readResponseFile(buyer.actors[0], fileId)).toBeNull();
    expect((await getOwnResponse(supplierB.actors[0], assessment.id))!.response).toBeNull();
    expect(await getOwnResponse(uninvited.actors[0], assessment.id)).toBeNull();
    expect(await getOwnResponse(buyer.actors[0], assessment.id)).toBeNull();
    expect(await saveAnswer(uninvited.actors[0], assessment.id, criteria[0], answer("Not invited"), null)).toBeNull();

    await saveAnswer(supplierA.actors[0], assessment.id, criteria[1], answer("Second"), null);
    await submitChecked(supplierA.actors[0], assessment.id);
    const afterDeadline = new Date(deadline.getTime() + 1);
    expect(await readResponseFile(buyer.actors[0], fileId)).toBeNull();
    // The officer is an evaluator too: the file opens once they have declared no conflict of interest.
    expect(await readResponseFile(buyer.actors[0], fileId, afterDeadline)).toBeNull();
    await declareConflict(buyer.actors[0], assessment.id, supplierA.organisation.id, { hasConflict: false, details: "" }, afterDeadline);
    expect((await readResponseFile(buyer.actors[0], fileId, afterDeadline))?.fileName).toBe("plan.pdf");
    expect(await readResponseFile(otherBuyer.actors[0], fileId, afterDeadline)).toBeNull();
    expect(await readResponseFile(supplierB.actors[0], fileId, afterDeadline)).toBeNull();
  });

  it("record each supplier's yes or no on the conditions of participation, refuse submission until all are declared, and exclude on a no", async () => {
    const meets = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
    const fails = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const deadline = new Date(Date.now() + 60_000);
    const { buyer, assessment, criteria, conditions } = await openAssessment(deadline, [meets.organisation.id, fails.organisation.id], [
      { en: "Hold Cyber Essentials Plus certification", cy: "Meddu ar ardystiad Cyber Essentials Plus" },
      { en: "Pay the real Living Wage", cy: "Talu’r Cyflog Byw go iawn" },
    ]);
    for (const supplier of [meets, fails]) for (const criterionId of criteria) await saveAnswer(supplier.actors[0], assessment.id, criterionId, answer("Our answer"), null);

    // A contributor may declare; the first condition alone leaves the second unanswered, and submission names it.
    expect(await declareConditions(meets.actors[1], assessment.id, { [conditions[0]]: "pass" })).toBe(true);
    await expect(submitChecked(meets.actors[0], assessment.id)).rejects.toMatchObject({ code: "CONDITION_UNANSWERED", messageKey: "response.conditionUnanswered", field: `condition-${conditions[1]}` });
    expect(await t.db.response.count({ where: { assessmentId: assessment.id, status: "submitted" } })).toBe(0);
    await declareConditions(meets.actors[0], assessment.id, { [conditions[1]]: "pass" });
    expect((await getOwnResponse(meets.actors[0], assessment.id))!.response!.evidence.gateResults).toEqual({ [conditions[0]]: "pass", [conditions[1]]: "pass" });
    await submitChecked(meets.actors[0], assessment.id);

    await expect(submitChecked(fails.actors[0], assessment.id)).rejects.toMatchObject({ code: "CONDITION_UNANSWERED", field: `condition-${conditions[0]}` });
    await declareConditions(fails.actors[0], assessment.id, { [conditions[0]]: "pass", [conditions[1]]: "fail" });
    await submitChecked(fails.actors[0], assessment.id);
    // Another assessment's condition is not this one's: nothing found, nothing stored.
    const other = await openAssessment(inAYear(), [fails.organisation.id], [{ en: "Another condition", cy: "Amod arall" }]);
    expect(await declareConditions(fails.actors[0], other.assessment.id, { [conditions[0]]: "pass" })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "response.conditions-declared" } })).toBe(3);

    const afterDeadline = new Date(deadline.getTime() + 1);
    const results = await getResults(buyer.actors[0], assessment.id, afterDeadline);
    expect(results.kind).toBe("results");
    const suppliers = results.kind === "results" ? results.outcome.result.suppliers : [];
    const standing = (organisationId: string) => suppliers.find((s) => s.supplierId === organisationId)!;
    expect(standing(fails.organisation.id).status).toBe("excluded");
    expect(standing(fails.organisation.id).exclusionReasons.map((reason) => reason.code)).toEqual(["GATE.FAILED"]);
    expect(standing(fails.organisation.id).exclusionReasons[0].message.en).toContain("Pay the real Living Wage");
    // Declared met, the conditions leave only the unscored criteria to do: not excluded, and no gate pending.
    expect(standing(meets.organisation.id).status).not.toBe("excluded");
    expect(standing(meets.organisation.id).gates.map((gate) => gate.result)).toEqual(["pass", "pass"]);
    expect(standing(meets.organisation.id).incompleteReasons.map((reason) => reason.code)).not.toContain("GATE.RESULT_MISSING");
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("refuse a file whose content is not an allowed type, whatever its name", async () => {
    const elf = new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)])], "plan.pdf", { type: "application/pdf" });
    expect(await inspectUpload(elf)).toEqual({ refusal: "file.wrongType" });
    expect(await inspectUpload(new File([], "", { type: "application/octet-stream" }))).toBeNull();
    expect(await inspectUpload(new File([], "empty.pdf"))).toEqual({ refusal: "file.empty" });
  });
});
