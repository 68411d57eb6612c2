import { describe, expect, it } from "vitest";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { addComment } from "./comments";
import { createAssessment } from "./create-assessment";
import { updateCriterion, updateWeights } from "./criteria";
import { getAssessment } from "./get-assessment";
import { getResults } from "./get-results";
import { listAssessments } from "./list-assessments";
import { publishAssessment } from "./publish-assessment";
import { addSpecialist } from "./specialists";
import { inviteSupplier } from "./supplier-invitations";
import { copyTemplate, setTemplateSharing } from "./templates";

const t = useTestDatabase();
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

const details = (title: string) => ({
  title, titleCy: `${title} (Cymraeg)`, reference: "REF-1", description: "", nation: "wales" as const, annualContractValue: 6_000_000, carbonReductionPlan: "no" as const,
  languages: "en+cy" as const, level: "2020" as const, scale: "0-4" as const, divergenceThreshold: 1, responseDeadline: inAYear(),
});

describe("assessments", () => {
  it("are created from the framework with weights totalling 100 and the Carbon Reduction Plan gate required from £5m", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details("Cloud hosting"));
    const assessment = (await getAssessment(actors[0], id))!;
    expect(assessment.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(assessment.carbonReductionPlanRequired).toBe(true);
    expect(assessment.framework).toEqual({ id: "greening-government-ict", version: "1.0.0", level: "2020" });
    expect((await listAssessments(actors[0])).map((a) => a.title)).toEqual(["Cloud hosting"]);
  });

  it("are not found by another organisation, nor by a supplier, for reading or changing", async () => {
    const owner = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const other = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const { id } = await createAssessment(owner.actors[0], details("Devices"));
    const criterionId = (await getAssessment(owner.actors[0], id))!.criteria[0].id;
    for (const stranger of [other.actors[0], supplier.actors[0]]) {
      expect(await getAssessment(stranger, id)).toBeNull();
      expect(await updateWeights(stranger, id, { [criterionId]: 50 }, 1)).toBeNull();
      expect(await publishAssessment(stranger, id, 1)).toBeNull();
      expect(await addComment(stranger, id, { criterionId: "", body: "hello" })).toBeNull();
      expect(await inviteSupplier(stranger, id, { email: "x@example.com" })).toBeNull();
      expect(await listAssessments(stranger)).toEqual([]);
    }
  });

  it("refuses the second of two saves made from the same version, so neither is lost silently", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer", "procurement-officer"]);
    const { id } = await createAssessment(actors[0], details("Printers"));
    const assessment = (await getAssessment(actors[0], id))!;
    const criterion = assessment.criteria[0];
    const edit = (questionEn: string) => ({
      titleEn: criterion.title.en, titleCy: criterion.title.cy, questionEn, questionCy: criterion.question.cy, guidanceEn: "", guidanceCy: "",
      evidenceEn: "", evidenceCy: "", weight: criterion.weight, minimumScore: null, rule: criterion.rule, version: assessment.version, descriptors: {},
    });
    const outcomes = await Promise.allSettled([
      updateCriterion(actors[0], id, criterion.id, edit("First colleague's wording")),
      updateCriterion(actors[1], id, criterion.id, edit("Second colleague's wording")),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "STALE_VERSION", messageKey: "assessment.changedByOthers" });
    const saved = (await getAssessment(actors[0], id))!.criteria[0].question.en;
    expect(["First colleague's wording", "Second colleague's wording"]).toContain(saved);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("publish only when the rules engine finds no problem, then freeze the criteria", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details("Networks"));
    let assessment = (await getAssessment(actors[0], id))!;
    await updateWeights(actors[0], id, { [assessment.criteria[0].id]: 0 }, assessment.version);
    assessment = (await getAssessment(actors[0], id))!;
    await expect(publishAssessment(actors[0], id, assessment.version)).rejects.toMatchObject({ code: "CONFIGURATION_PROBLEMS" });
    await updateWeights(actors[0], id, { [assessment.criteria[0].id]: 17 }, assessment.version);
    assessment = (await getAssessment(actors[0], id))!;
    await publishAssessment(actors[0], id, assessment.version);
    assessment = (await getAssessment(actors[0], id))!;
    expect(assessment.status).toBe("published");
    await expect(updateWeights(actors[0], id, { [assessment.criteria[0].id]: 20 }, assessment.version)).rejects.toMatchObject({ code: "ASSESSMENT_PUBLISHED" });
  });

  it("show results only to the owning organisation's officers and admins, and only after the deadline", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin"]);
    const { id } = await createAssessment(actors[0], details("Results"));
    await publishAssessment(actors[0], id, (await getAssessment(actors[0], id))!.version);
    expect((await getResults(actors[0], id)).kind).toBe("before-deadline");
    expect((await getResults(actors[2], id)).kind).toBe("before-deadline");
    // A specialist may have a conflict of interest with a supplier: results draw on every supplier's evidence.
    expect((await getResults(actors[1], id, inAYear())).kind).toBe("not-found");
    expect((await getResults(actors[0], id, new Date(inAYear().getTime() + 60_000))).kind).toBe("results");
  });

  it("involve only their own organisation's specialists, who may then comment", async () => {
    const owner = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist"]);
    const other = await createOrganisation(t.db, "buyer", ["sustainability-specialist"]);
    const { id } = await createAssessment(owner.actors[0], details("Data centre"));
    await expect(addSpecialist(owner.actors[0], id, other.actors[0].userId)).rejects.toMatchObject({ code: "NOT_A_SPECIALIST" });
    expect(await addComment(owner.actors[1], id, { criterionId: "", body: "Before being added" })).toBeNull();
    await addSpecialist(owner.actors[0], id, owner.actors[1].userId);
    expect(await addComment(owner.actors[1], id, { criterionId: "", body: "More weight on rule 2" })).toMatchObject({ id: expect.any(String) });
  });

  it("can be shared as templates; a copy belongs to the copier and records where it came from", async () => {
    const sharer = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const copier = await createOrganisation(t.db, "buyer", ["procurement-officer"], "england");
    const { id } = await createAssessment(sharer.actors[0], details("Shared hosting"));
    expect(await copyTemplate(copier.actors[0], id, { title: "Ours", reference: "N-1", responseDeadline: inAYear() })).toBeNull();
    await setTemplateSharing(sharer.actors[0], id, true);
    const copy = (await copyTemplate(copier.actors[0], id, { title: "Ours", reference: "N-1", responseDeadline: inAYear() }))!;
    const copied = (await getAssessment(copier.actors[0], copy.id))!;
    expect(copied.copiedFromLabel).toBe(`Shared hosting — ${sharer.organisation.nameEn}`);
    expect(copied.criteria.map((c) => c.title.en)).toEqual((await getAssessment(sharer.actors[0], id))!.criteria.map((c) => c.title.en));
    expect(copied.nation).toBe("england");
    // Only the criteria and weights: never the other body's value, description or its value's Carbon Reduction Plan.
    expect([copied.annualContractValue, copied.description, copied.carbonReductionPlanRequired]).toEqual([0, "", false]);
    const withValue = (await copyTemplate(copier.actors[0], id, { title: "Ours too", reference: "N-2", responseDeadline: inAYear(), description: "Northshire's hosting", annualContractValue: 7_000_000 }))!;
    const valued = (await getAssessment(copier.actors[0], withValue.id))!;
    expect([valued.annualContractValue, valued.description, valued.carbonReductionPlanRequired]).toEqual([7_000_000, "Northshire's hosting", true]);
    expect(await getAssessment(sharer.actors[0], copy.id)).toBeNull();
  });
});
