import { describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist } from "@/lib/server/assessments/specialists";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { getDashboardAssessments } from "./get-dashboard";

const t = useTestDatabase();
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

describe("the dashboard's assessments", () => {
  it("counts responses, comments, questions and the person's own scores; another organisation and specialists without a part see nothing", async () => {
    const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "sustainability-specialist", "organisation-admin"]);
    const [officer, specialist, otherSpecialist, admin] = buyer.actors;
    const details = { title: "Devices", titleCy: "Dyfeisiau", reference: "D-1", description: "", nation: "wales", annualContractValue: 100_000, carbonReductionPlan: "no", languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear() } as const;
    const { id } = await createAssessment(officer, details);
    await addSpecialist(officer, id, specialist.userId);
    await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
    const { id: draftId } = await createAssessment(officer, { ...details, reference: "D-2" });
    for (const status of ["submitted", "submitted", "in-progress"]) {
      const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
      await t.db.supplierInvitation.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, invitedById: officer.userId } });
      await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status, evidence: "{}" } });
    }
    await t.db.clarificationQuestion.create({ data: { assessmentId: id, askedByOrganisationId: buyer.organisation.id, question: "May we host in Dublin?" } });
    await t.db.assessmentComment.create({ data: { assessmentId: draftId, authorId: officer.userId, body: "Weights?" } });

    const seen = await getDashboardAssessments(officer);
    expect(seen.map((a) => [a.reference, a.status]).sort()).toEqual([["D-1", "open"], ["D-2", "draft"]]);
    expect(seen.find((a) => a.reference === "D-1")).toMatchObject({ invited: 3, submitted: 2, started: 1, unansweredQuestions: 1, evaluator: true, scoredByMe: 0 });
    expect(seen.find((a) => a.reference === "D-2")).toMatchObject({ openComments: 1 });

    expect((await getDashboardAssessments(specialist)).map((a) => a.reference)).toEqual(["D-1"]);
    expect(await getDashboardAssessments(otherSpecialist)).toEqual([]);
    expect((await getDashboardAssessments(admin)).map((a) => a.evaluator)).toEqual([false, false]);
    const other = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    expect(await getDashboardAssessments(other.actors[0])).toEqual([]);
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    expect(await getDashboardAssessments(supplier.actors[0])).toEqual([]);
  });
});
