import { describe, expect, it } from "vitest";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { receiptHash } from "@/lib/domain/responses/submission";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { declareConditions } from "./declare-conditions";
import { getOwnResponse } from "./get-response";
import { saveAnswer } from "./save-answer";
import { submitResponse, withdrawResponse } from "./submit-response";

// Submission is bound to the version of the response the check answers page showed, reads the clock once, and
// answers a second click with the submission the first one made.

const t = useTestDatabase();

async function answeredResponse(deadline = new Date(Date.now() + 365 * 86_400_000)) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
  const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
  const assessment = await t.db.assessment.create({
    data: {
      organisationId: buyer.organisation.id, title: "Cloud hosting", reference: "REF-7", nation: "wales", annualContractValue: 1000, carbonReductionPlanRequired: false,
      responseDeadline: deadline, scale: JSON.stringify(scalePresets["0-4"].points), divergenceThreshold: 1, frameworkId: latestFramework.id, frameworkVersion: latestFramework.version, frameworkLevel: "2020", languages: "en+cy",
      status: "published", createdById: buyer.actors[0].userId,
      criteria: { create: [0, 1].map((position) => ({ position, rule: "BR1", titleEn: `Criterion ${position}`, titleCy: `Maen prawf ${position}`, questionEn: "Why?", questionCy: "Pam?", weight: 50 })) },
      gates: { create: [{ position: 0, questionEn: "Pay the real Living Wage", questionCy: "Talu’r Cyflog Byw go iawn" }] },
    },
    include: { criteria: { orderBy: { position: "asc" } }, gates: true },
  });
  await t.db.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplier.organisation.id, invitedById: buyer.actors[0].userId } });
  const [admin, contributor] = supplier.actors;
  for (const criterion of assessment.criteria) await saveAnswer(contributor, assessment.id, criterion.id, { answer: `Our answer to ${criterion.titleEn}`, language: "en", version: 0 }, null);
  await declareConditions(contributor, assessment.id, { [assessment.gates[0].id]: "pass" });
  return { assessment, admin, contributor, criteria: assessment.criteria.map((criterion) => criterion.id) };
}

/** The response as stored, and how many submissions the audit log recorded. */
async function stored(assessmentId: string) {
  const response = await t.db.response.findFirstOrThrow({ where: { assessmentId } });
  const submissions = await t.db.auditEvent.count({ where: { subjectType: "Response", subjectId: response.id, action: "response.submitted" } });
  return { response, submissions };
}

/** The version the check answers page would show now. */
const shownVersion = async (actor: Parameters<typeof getOwnResponse>[0], assessmentId: string) => (await getOwnResponse(actor, assessmentId))!.response!.version;

describe("submitting a response", () => {
  it("is refused when a colleague changed the response after the check answers page was shown, and nothing changes", async () => {
    const { assessment, admin, contributor, criteria } = await answeredResponse();
    const checked = await shownVersion(admin, assessment.id);
    // While the admin reads the page, a colleague changes an answer.
    await saveAnswer(contributor, assessment.id, criteria[0], { answer: "A late change the admin has not seen", language: "en", version: 1 }, null);
    const before = await stored(assessment.id);

    await expect(submitResponse(admin, assessment.id, checked)).rejects.toMatchObject({ code: "RESPONSE_CHANGED", messageKey: "response.changedSinceChecked", field: "check-answers" });
    const after = await stored(assessment.id);
    expect(after.response).toEqual(before.response);
    expect(after.response).toMatchObject({ status: "in-progress", reference: null, receiptHash: null, submittedAt: null });
    expect(after.submissions).toBe(0);

    // Checked again, from the version now shown, it is submitted: with the change the admin has now seen.
    const submission = await submitResponse(admin, assessment.id, await shownVersion(admin, assessment.id));
    expect(submission).toMatchObject({ repeated: false, reference: expect.stringMatching(/^REF-7-/) });
    expect((await stored(assessment.id)).submissions).toBe(1);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("twice from the same page, at once or one after the other, makes one submission with one reference", async () => {
    const { assessment, admin } = await answeredResponse();
    const checked = await shownVersion(admin, assessment.id);
    const [first, second] = await Promise.all([submitResponse(admin, assessment.id, checked), submitResponse(admin, assessment.id, checked)]);
    const third = await submitResponse(admin, assessment.id, checked);
    expect([first!.repeated, second!.repeated].sort()).toEqual([false, true]);
    expect(third!.repeated).toBe(true);
    const made = first!.repeated ? second! : first!;
    for (const outcome of [first, second, third]) expect(outcome).toMatchObject({ reference: made.reference, receiptHash: made.receiptHash, submittedAt: made.submittedAt });
    const { response, submissions } = await stored(assessment.id);
    expect(submissions).toBe(1);
    expect(response).toMatchObject({ status: "submitted", reference: made.reference, receiptHash: made.receiptHash });
  });

  it("from a page shown before an earlier submission was withdrawn is refused, not taken for a second click", async () => {
    const { assessment, admin } = await answeredResponse();
    const old = await shownVersion(admin, assessment.id);
    await submitResponse(admin, assessment.id, old);
    await withdrawResponse(admin, assessment.id);
    await submitResponse(admin, assessment.id, await shownVersion(admin, assessment.id));
    await expect(submitResponse(admin, assessment.id, old)).rejects.toMatchObject({ messageKey: "response.alreadySubmitted" });
    await withdrawResponse(admin, assessment.id);
    await expect(submitResponse(admin, assessment.id, old)).rejects.toMatchObject({ code: "RESPONSE_CHANGED" });
    expect((await stored(assessment.id)).submissions).toBe(2);
  });

  it("reads the clock once: that instant decides the deadline, is stored and is sealed in the receipt", async () => {
    const deadline = new Date(Date.now() + 3_600_000);
    const { assessment, admin } = await answeredResponse(deadline);
    const checked = await shownVersion(admin, assessment.id);
    // A clock that moves past the deadline after its first reading: a second reading would refuse, or store a later time.
    const justBefore = new Date(deadline.getTime() - 1);
    const readings: Date[] = [];
    const clock = () => {
      const reading = readings.length === 0 ? justBefore : new Date(deadline.getTime() + 60_000 * readings.length);
      readings.push(reading);
      return reading;
    };
    const submission = await submitResponse(admin, assessment.id, checked, clock);
    expect(readings).toEqual([justBefore]);
    expect(submission!.submittedAt).toEqual(justBefore);
    const { response } = await stored(assessment.id);
    expect(response.submittedAt).toEqual(justBefore);
    const answers = await t.db.responseAnswer.findMany({ where: { responseId: response.id } });
    expect(
      receiptHash({
        assessmentId: assessment.id, supplierOrganisationId: response.supplierOrganisationId, reference: response.reference!, submittedAt: justBefore.toISOString(),
        answers: answers.map((a) => ({ criterionId: a.criterionId, answer: a.answer, language: a.language as "en" })), evidence: JSON.parse(response.evidence), files: [],
      }),
    ).toBe(response.receiptHash);

    // At the deadline itself, by that one reading, it is refused and nothing is stored.
    const other = await answeredResponse(deadline);
    await expect(submitResponse(other.admin, other.assessment.id, await shownVersion(other.admin, other.assessment.id), () => new Date(deadline.getTime()))).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect((await stored(other.assessment.id)).response.status).toBe("in-progress");
  });

  it("a second click after the deadline passed still finds the submission the first one made", async () => {
    const deadline = new Date(Date.now() + 3_600_000);
    const { assessment, admin } = await answeredResponse(deadline);
    const checked = await shownVersion(admin, assessment.id);
    const made = await submitResponse(admin, assessment.id, checked, () => new Date(deadline.getTime() - 1));
    const again = await submitResponse(admin, assessment.id, checked, () => new Date(deadline.getTime() + 1));
    expect(again).toMatchObject({ repeated: true, reference: made!.reference });
  });
});
