import { describe, expect, it } from "vitest";
import { standingText } from "@/lib/export/summary-text";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { addGate } from "@/lib/server/assessments/gates";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist } from "@/lib/server/assessments/specialists";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { declareConflict } from "@/lib/server/scoring/declare-conflict";
import { recordConsensus } from "@/lib/server/scoring/record-consensus";
import { submitScores } from "@/lib/server/scoring/submit-scores";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { getAssessmentSummaries } from "./get-summaries";
import { getOwnSummary, hasReleasedSummary } from "./get-own-summary";
import { releaseSummaries } from "./release-summaries";

const t = useTestDatabase();
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

/**
 * A Welsh buyer's published assessment with a pass/fail condition, scored by the officer and a specialist: the
 * first supplier leads; the second is moderated on its first criterion; the third did not meet the condition.
 */
async function scoredAssessment(nation: "wales" | "england" = "wales", { tie = false } = {}) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin"], nation);
  const [officer, specialist, admin] = buyer.actors;
  const { id } = await createAssessment(officer, {
    title: "Devices", titleCy: "Dyfeisiau", reference: "D-7", description: "", nation, annualContractValue: 100_000, carbonReductionPlan: "no",
    languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear(),
  });
  await addSpecialist(officer, id, specialist.userId);
  const gate = await addGate(officer, id, { en: "Will all data stay in the UK?", cy: "A fydd yr holl ddata’n aros yn y DU?" });
  expect(gate).not.toBeNull();
  const gateId = (await getAssessment(officer, id))!.gates[0].id;
  await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
  const suppliers = [];
  for (const [index, result] of (["pass", "pass", "fail"] as const).entries()) {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await t.db.organisation.update({ where: { id: supplier.organisation.id }, data: { nameEn: `Supplier ${index + 1} Ltd`, nameCy: `Cyflenwr ${index + 1} Cyf` } });
    await t.db.supplierInvitation.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, invitedById: officer.userId } });
    await t.db.response.create({
      data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status: "submitted", submittedAt: new Date(), reference: `D-7-00${index + 1}`, evidence: JSON.stringify({ gateResults: { [gateId]: result } }) },
    });
    suppliers.push({ id: supplier.organisation.id, actor: supplier.actors[0] });
  }
  const criteria = (await getAssessment(officer, id))!.criteria.map((c) => c.id);
  await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
  const top: [number[], number[]] = [[4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4]];
  // With `tie`, the second supplier scores exactly as the first: the two share first place.
  const scores: Record<number, [number[], number[]]> = { 0: top, 1: tie ? top : [[3, 2, 2, 2, 2, 2], [1, 2, 2, 2, 2, 2]], 2: [[2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]] };
  for (const [index, supplier] of suppliers.entries()) {
    for (const [e, evaluator] of [officer, specialist].entries()) {
      await declareConflict(evaluator, id, supplier.id, { hasConflict: false, details: "" });
      const justification = (i: number) => (index === 1 && i === 0 ? (e === 0 ? "High-risk areas of the supply chain are mapped, with mitigation for each." : "Only tier 1 is mapped.") : `Scored ${scores[index][e][i]} against the descriptors.`);
      const sheet = criteria.map((criterionId, i) => ({ criterionId, score: scores[index][e][i], justification: justification(i) }));
      expect(await submitScores(evaluator, id, supplier.id, sheet.slice(0, scores[index][e].length))).not.toBeNull();
    }
  }
  if (!tie) expect(await recordConsensus(officer, id, suppliers[1].id, criteria[0], { score: 2, rationale: "Strategies exist but adaptation is not yet costed." })).not.toBeNull();
  return { id, officer, specialist, admin, suppliers, criteria };
}

describe("assessment summaries", () => {
  it("say that two tenders with equal totals share first place, and set out the other one, in both languages", async () => {
    const a = await scoredAssessment("wales", { tie: true });
    const outcome = await getAssessmentSummaries(a.officer, a.id);
    if (outcome.kind !== "ready") throw new Error(outcome.kind);
    const [first, second] = a.suppliers.map((supplier) => outcome.data.summaries.find((s) => s.supplierId === supplier.id)!);
    for (const [summary, other] of [[first, "Supplier 2 Ltd"], [second, "Supplier 1 Ltd"]] as const) {
      expect(summary.standing).toBe("most-advantageous");
      expect(summary.equalFirst).toBe(2);
      expect(summary.mostAdvantageous?.supplierName.en).toBe(other);
      const standing = standingText(summary.standing, { rank: summary.rank, total: summary.total, leaderName: null, leaderTotal: null, equalFirst: summary.equalFirst });
      expect(standing.en).toBe("Your tender shares first place with one other tender, each with a total score of 100.00 out of 100. The other equal tender is set out below.");
      expect(standing.cy).toBe("Mae eich tendr yn gydradd gyntaf gydag un tendr arall, pob un gyda chyfanswm sgôr o 100.00 allan o 100. Nodir y tendr cyfartal arall isod.");
    }
  });

  it("explain each score in the evaluators' words: the moderation rationale where moderated, otherwise their justifications", async () => {
    const a = await scoredAssessment();
    // The identifier its admins entered on the organisation page names the supplier in a public register.
    await t.db.organisation.update({ where: { id: a.suppliers[1].id }, data: { identifierScheme: "GB-COH", identifierId: "01234567" } });
    const outcome = await getAssessmentSummaries(a.officer, a.id);
    if (outcome.kind !== "ready") throw new Error(outcome.kind);
    const second = outcome.data.summaries.find((s) => s.supplierId === a.suppliers[1].id)!;
    expect(second.standing).toBe("unsuccessful");
    expect(second.perCriterion[0].explanation).toEqual({ kind: "consensus", rationale: "Strategies exist but adaptation is not yet costed." });
    expect(second.perCriterion[1].explanation).toEqual({ kind: "evaluators", justifications: ["Scored 2 against the descriptors."] });
    expect(second.supplier).toEqual({ name: { en: "Supplier 2 Ltd", cy: "Cyflenwr 2 Cyf" }, identifier: "GB-COH-01234567", tenderReference: "D-7-002", contact: a.suppliers[1].actor.email });
    expect(second.legalBasis.en).toContain("regulation 32 of the Procurement (Wales) Regulations 2024");
    expect(second.subtotals.map((s) => s.rule)).toEqual(["BR1", "BR2", "BR3"]);
    expect(second.subtotals.reduce((sum, s) => sum + s.points, 0)).toBeCloseTo(second.total!, 1);
    expect(second.mostAdvantageous?.supplierName.en).toBe("Supplier 1 Ltd");
    expect(second.mostAdvantageous?.criteria[0].explanation).toEqual({ kind: "evaluators", justifications: ["Scored 4 against the descriptors."] });

    // The summary sent to the supplier carries the same words, and the files read them back.
    const file = await exportAssessmentFile(a.officer, a.id, `summary-${a.suppliers[1].id}.docx`);
    expect(file?.fileName).toBe("D-7 crynodeb asesu - Cyflenwr 2 Cyf (Cymraeg a Saesneg).docx");
    const odt = await exportAssessmentFile(a.officer, a.id, `summary-${a.suppliers[1].id}.odt`);
    const { unzipSync, strFromU8 } = await import("fflate");
    const content = strFromU8(unzipSync(odt!.body as Uint8Array)["content.xml"]);
    expect(content).toContain("Strategies exist but adaptation is not yet costed.");
    expect(content).toContain("Scored 2 against the descriptors.");
    expect(content).toContain("Supporting evidence: the automated pre-score");
  });

  it("give a supplier that did not meet a condition a summary that says its tender was disregarded", async () => {
    const a = await scoredAssessment("england");
    const outcome = await getAssessmentSummaries(a.officer, a.id);
    if (outcome.kind !== "ready") throw new Error(outcome.kind);
    const third = outcome.data.summaries.find((s) => s.supplierId === a.suppliers[2].id)!;
    expect(third.standing).toBe("disregarded");
    expect(third.total).toBeNull();
    expect(third.standingReasons.length).toBeGreaterThan(0);
    expect(third.legalBasis.en).toBe("section 50 of the Procurement Act 2023 and regulation 31 of the Procurement Regulations 2024");
    expect(third.mostAdvantageous?.total).toBe(outcome.data.summaries.find((s) => s.supplierId === a.suppliers[0].id)!.total);
    expect(outcome.data.summaries.find((s) => s.supplierId === a.suppliers[0].id)!.mostAdvantageous).toBeNull();
  });

  it("are released once, audited, and then each supplier reads only its own; nothing before release", async () => {
    const a = await scoredAssessment();
    const [first, second] = a.suppliers;
    expect(await getOwnSummary(second.actor, a.id)).toBeNull();
    expect(await hasReleasedSummary(second.actor, a.id)).toBe(false);
    // Only the officer releases; an admin of the buyer reads the summaries but cannot release them.
    expect(await releaseSummaries(a.admin, a.id, (await getAssessment(a.officer, a.id))!.version)).toBeNull();
    await expect(releaseSummaries(a.officer, a.id, 1)).rejects.toMatchObject({ code: "STALE_VERSION" });
    const version = (await getAssessment(a.officer, a.id))!.version;
    expect(await releaseSummaries(a.officer, a.id, version)).toBe(true);
    await expect(releaseSummaries(a.officer, a.id, version + 1)).rejects.toMatchObject({ code: "SUMMARIES_RELEASED" });
    const event = await t.db.auditEvent.findFirst({ where: { action: "assessment.summaries-released", subjectId: a.id } });
    expect(event?.actorUserId).toBe(a.officer.userId);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);

    const own = await getOwnSummary(second.actor, a.id);
    expect(own?.summary.supplierId).toBe(second.id);
    expect(own?.data.summaries).toHaveLength(1);
    expect(own?.data.ranked).toEqual([]);
    expect(own?.data.excluded).toEqual([]);
    expect(own?.summary.perCriterion[0].explanation).toEqual({ kind: "consensus", rationale: "Strategies exist but adaptation is not yet costed." });
    expect(JSON.stringify(own)).not.toContain("Supplier 3 Ltd");
    expect(JSON.stringify(own)).not.toContain(a.suppliers[2].id);
    expect((await getOwnSummary(first.actor, a.id))?.summary.supplierId).toBe(first.id);
  });

  it("refuse to be released while a tender is not fully assessed", async () => {
    const a = await scoredAssessment();
    await t.db.moderatedScore.deleteMany({ where: { assessmentId: a.id } });
    await expect(releaseSummaries(a.officer, a.id, (await getAssessment(a.officer, a.id))!.version)).rejects.toMatchObject({ code: "SUMMARIES_INCOMPLETE" });
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id: a.id } })).summariesReleasedAt).toBeNull();
  });
});

describe("assessment summaries across organisations", () => {
  it("are never found by another buyer's officer, an uninvited supplier, or the wrong supplier", async () => {
    const a = await scoredAssessment();
    await releaseSummaries(a.officer, a.id, (await getAssessment(a.officer, a.id))!.version);
    const other = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const [otherOfficer] = other.actors;
    expect(await getAssessmentSummaries(otherOfficer, a.id)).toEqual({ kind: "not-found" });
    expect(await exportAssessmentFile(otherOfficer, a.id, `summary-${a.suppliers[0].id}.docx`)).toBeNull();
    expect(await releaseSummaries(otherOfficer, a.id, 1)).toBeNull();
    const stranger = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    expect(await getOwnSummary(stranger.actors[0], a.id)).toBeNull();
    // A supplier never reaches the buyer's summaries, its own or another's.
    expect(await getAssessmentSummaries(a.suppliers[0].actor, a.id)).toEqual({ kind: "not-found" });
    expect(await exportAssessmentFile(a.suppliers[0].actor, a.id, `summary-${a.suppliers[1].id}.docx`)).toBeNull();
    // The buyer's officer is not a supplier: the supplier's route gives it nothing.
    expect(await getOwnSummary(a.officer, a.id)).toBeNull();
    // A filter object in place of the assessment id is refused.
    await expect(getOwnSummary(a.suppliers[0].actor, { not: "x" } as unknown as string)).rejects.toThrow(TypeError);
  });
});
