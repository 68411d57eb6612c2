import { describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getResults, getResultsOverview } from "@/lib/server/assessments/get-results";
import { resultsOverview } from "@/lib/domain/results-pages";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import { addSpecialist, grantSharedSpecialist, revokeSharedSpecialist } from "@/lib/server/assessments/specialists";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import type { Actor } from "@/lib/server/auth/actor";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { declareConflict } from "./declare-conflict";
import { decideConflict } from "./decide-conflict";
import { getModeration } from "./get-moderation";
import { getScoringOverview } from "./get-scoring-overview";
import { getSupplierScoring } from "./get-supplier-scoring";
import { mayReadResponse } from "./may-read-response";
import { recordConsensus } from "./record-consensus";
import { saveScoreDraft } from "./save-score-draft";
import { submitScores } from "./submit-scores";

const t = useTestDatabase();
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

/** A published assessment of a buyer with an officer and a specialist, past its deadline, with two submitted responses. */
async function scoredAssessment() {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin", "procurement-officer"]);
  const [officer, specialist, admin, secondOfficer] = buyer.actors;
  const { id } = await createAssessment(officer, {
    title: "Devices", titleCy: "Dyfeisiau", reference: "D-1", description: "", nation: "wales", annualContractValue: 100_000, carbonReductionPlan: "no",
    languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear(),
  });
  await addSpecialist(officer, id, specialist.userId);
  await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
  const suppliers = [];
  for (const name of ["First", "Second"]) {
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await t.db.supplierInvitation.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, invitedById: officer.userId } });
    const response = await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status: "submitted", submittedAt: new Date(), evidence: JSON.stringify({ evidence: { sbti: { status: "committed", asAt: "2026-01-01" } } }) } });
    suppliers.push({ id: supplier.organisation.id, responseId: response.id, name });
  }
  const criteria = (await getAssessment(officer, id))!.criteria.map((c) => c.id);
  await t.db.responseAnswer.create({ data: { responseId: suppliers[0].responseId, criterionId: criteria[0], answer: "Net zero by 2040", language: "en", updatedById: officer.userId } });
  return { id, officer, specialist, admin, secondOfficer, suppliers, criteria };
}

const closeScoring = (id: string) => t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
const sheet = (criteria: string[], scores: number[] | number) => criteria.map((criterionId, i) => ({ criterionId, score: Array.isArray(scores) ? scores[i] : scores, justification: `Reason ${i}` }));
const noConflict = { hasConflict: false, details: "" };

describe("scoring", () => {
  it("opens at the response deadline, for evaluators and the officer only", async () => {
    const a = await scoredAssessment();
    expect((await getScoringOverview(a.specialist, a.id))!.open).toBe(false);
    expect(await declareConflict(a.specialist, a.id, a.suppliers[0].id, noConflict)).toBeNull();
    expect(await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id)).toBeNull();
    await closeScoring(a.id);
    const overview = (await getScoringOverview(a.specialist, a.id))!;
    expect(overview.suppliers.map((s) => s.status)).toEqual(["declare-conflict", "declare-conflict"]);
    expect(await getScoringOverview(a.admin, a.id)).toBeNull();
    expect((await getScoringOverview(a.secondOfficer, a.id))!.isEvaluator).toBe(false);
    expect(await getSupplierScoring(a.secondOfficer, a.id, a.suppliers[0].id)).toBeNull();
  });

  it("is independent: the response only after declaring, the others' scores only after submitting one's own", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    const before = (await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!;
    expect(before.status).toBe("declare-conflict");
    expect(before.response).toBeNull();
    expect(await mayReadResponse(a.specialist, a.suppliers[0].responseId)).toBe(false);
    await expect(submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 2))).rejects.toMatchObject({ code: "DECLARE_FIRST" });

    await declareConflict(a.specialist, a.id, a.suppliers[0].id, noConflict);
    await expect(declareConflict(a.specialist, a.id, a.suppliers[0].id, { hasConflict: true, details: "Changed my mind" })).rejects.toMatchObject({ code: "ALREADY_DECLARED" });
    expect(await mayReadResponse(a.specialist, a.suppliers[0].responseId)).toBe(true);
    await declareConflict(a.officer, a.id, a.suppliers[0].id, noConflict);
    await submitScores(a.officer, a.id, a.suppliers[0].id, sheet(a.criteria, 3));

    const scoring = (await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!;
    expect(scoring.status).toBe("score");
    expect(scoring.response!.answers[a.criteria[0]]).toEqual({ answer: "Net zero by 2040", language: "en" });
    expect(scoring.response!.analysis!.preScores[a.criteria[0]].reasons.length).toBeGreaterThan(0);
    expect(scoring.others).toBeNull();

    await expect(submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria.slice(1), 2))).rejects.toMatchObject({ code: "INCOMPLETE_SHEET" });
    await expect(submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 9))).rejects.toMatchObject({ code: "NOT_ON_SCALE" });
    await submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 2));
    await expect(submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 4))).rejects.toMatchObject({ code: "ALREADY_SUBMITTED" });
    const after = (await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!;
    expect(after.status).toBe("submitted");
    expect(after.myScores.every((s) => s.score === 2)).toBe(true);
    expect(after.others!.submitted.map((o) => o.scores.length)).toEqual([a.criteria.length]);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { action: "scoring.scores-submitted", subjectId: a.suppliers[0].responseId } })).toBe(2);
  });

  it("two submissions at once: one wins, the other changes nothing", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    await declareConflict(a.specialist, a.id, a.suppliers[0].id, noConflict);
    const outcomes = await Promise.allSettled([submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 1)), submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 4))]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const scores = await t.db.evaluatorScore.findMany({ where: { responseId: a.suppliers[0].responseId } });
    expect(scores).toHaveLength(a.criteria.length);
    expect(new Set(scores.map((s) => s.score)).size).toBe(1);
  });

  it("a draft sheet comes back to its evaluator alone, and goes once the scores are submitted", async () => {
    const a = await scoredAssessment();
    const other = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    await closeScoring(a.id);
    const typed = { [`score-${a.criteria[0]}`]: "3", [`justification-${a.criteria[0]}`]: "Clear roadmap, half done" };
    expect(await saveScoreDraft(a.specialist, a.id, a.suppliers[0].id, typed)).toBeNull();
    await declareConflict(a.specialist, a.id, a.suppliers[0].id, noConflict);
    await declareConflict(a.officer, a.id, a.suppliers[0].id, noConflict);
    expect(await saveScoreDraft(a.specialist, a.id, a.suppliers[0].id, typed)).toMatchObject({ savedAt: expect.any(Date) });
    expect((await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!.draft).toEqual(typed);
    expect((await getSupplierScoring(a.officer, a.id, a.suppliers[0].id))!.draft).toBeNull();
    expect(await saveScoreDraft(other.actors[0], a.id, a.suppliers[0].id, typed)).toBeNull();
    expect(await saveScoreDraft(a.specialist, a.id, a.suppliers[1].id, typed)).toBeNull();

    const changed = { ...typed, [`justification-${a.criteria[0]}`]: "Roadmap done" };
    await saveScoreDraft(a.specialist, a.id, a.suppliers[0].id, changed);
    expect((await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!.draft).toEqual(changed);
    expect(await t.db.scoreDraft.count()).toBe(1);
    const drafted = async (actor: Actor) => Object.fromEntries((await getScoringOverview(actor, a.id))!.suppliers.map((s) => [s.supplierOrganisationId, s.draftSaved]));
    expect(await drafted(a.specialist)).toEqual({ [a.suppliers[0].id]: true, [a.suppliers[1].id]: false });
    expect(await drafted(a.officer)).toEqual({ [a.suppliers[0].id]: false, [a.suppliers[1].id]: false });

    await submitScores(a.specialist, a.id, a.suppliers[0].id, sheet(a.criteria, 2));
    expect((await getSupplierScoring(a.specialist, a.id, a.suppliers[0].id))!.draft).toBeNull();
    expect(await t.db.scoreDraft.count()).toBe(0);
    await expect(saveScoreDraft(a.specialist, a.id, a.suppliers[0].id, typed)).rejects.toMatchObject({ code: "ALREADY_SUBMITTED" });
  });

  it("a declared conflict blocks scoring until the officer decides; an exclusion feeds the results", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    const s2 = a.suppliers[1];
    await declareConflict(a.specialist, a.id, s2.id, { hasConflict: true, details: "My brother works there" });
    const blocked = (await getSupplierScoring(a.specialist, a.id, s2.id))!;
    expect(blocked.status).toBe("conflict-pending");
    expect(blocked.response).toBeNull();
    expect(await mayReadResponse(a.specialist, s2.responseId)).toBe(false);
    await expect(submitScores(a.specialist, a.id, s2.id, sheet(a.criteria, 2))).rejects.toMatchObject({ code: "CONFLICT_PENDING" });

    const pending = (await getScoringOverview(a.officer, a.id))!.conflicts;
    expect(pending).toMatchObject([{ evaluatorName: a.specialist.name, details: "My brother works there", decision: null }]);
    expect(await decideConflict(a.specialist, a.id, pending[0].id, "allowed")).toBeNull();

    await declareConflict(a.officer, a.id, s2.id, noConflict);
    await submitScores(a.officer, a.id, s2.id, sheet(a.criteria, 3));
    const waiting = await getResults(a.officer, a.id);
    expect(waiting.kind === "results" && waiting.outcome.result.suppliers.find((s) => s.supplierId === s2.id)!.criteria[0].missingEvaluators).toEqual([a.specialist.userId]);

    await decideConflict(a.officer, a.id, pending[0].id, "excluded");
    await expect(decideConflict(a.secondOfficer, a.id, pending[0].id, "allowed")).rejects.toMatchObject({ code: "ALREADY_DECIDED" });
    expect((await getSupplierScoring(a.specialist, a.id, s2.id))!.status).toBe("excluded");
    await expect(submitScores(a.specialist, a.id, s2.id, sheet(a.criteria, 2))).rejects.toMatchObject({ code: "EXCLUDED" });
    const results = await getResults(a.officer, a.id);
    const supplier = results.kind === "results" ? results.outcome.result.suppliers.find((s) => s.supplierId === s2.id)! : null;
    expect(supplier!.criteria.every((c) => c.status === "agreed" && c.missingEvaluators.length === 0)).toBe(true);

    // The officer's own conflict is decided by another officer, never by themselves.
    await declareConflict(a.officer, a.id, a.suppliers[0].id, { hasConflict: true, details: "Former employer" });
    const own = (await getScoringOverview(a.officer, a.id))!.conflicts.find((c) => c.decision === null)!;
    await expect(decideConflict(a.officer, a.id, own.id, "allowed")).rejects.toMatchObject({ code: "OWN_DECLARATION" });
    await decideConflict(a.secondOfficer, a.id, own.id, "allowed");
    expect((await getSupplierScoring(a.officer, a.id, a.suppliers[0].id))!.status).toBe("score");
  });

  it("moderation: divergent criteria get a consensus with a rationale from the officer; individual scores stay", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    const s1 = a.suppliers[0];
    for (const evaluator of [a.officer, a.specialist]) await declareConflict(evaluator, a.id, s1.id, noConflict);
    await submitScores(a.officer, a.id, s1.id, sheet(a.criteria, a.criteria.map((_, i) => (i === 0 ? 4 : 2))));
    expect((await getModeration(a.officer, a.id))!.items).toEqual([]);
    await submitScores(a.specialist, a.id, s1.id, sheet(a.criteria, a.criteria.map((_, i) => (i === 0 ? 1 : 3))));

    expect(await getModeration(a.specialist, a.id)).toBeNull();
    const moderation = (await getModeration(a.officer, a.id))!;
    expect(moderation.items).toMatchObject([{ supplierOrganisationId: s1.id, criterionId: a.criteria[0], spread: 3, consensus: null }]);
    expect(moderation.items[0].scores.map((s) => s.score).sort()).toEqual([1, 4]);

    expect(await recordConsensus(a.specialist, a.id, s1.id, a.criteria[0], { score: 3, rationale: "Agreed" })).toBeNull();
    await expect(recordConsensus(a.officer, a.id, s1.id, a.criteria[1], { score: 3, rationale: "Agreed" })).rejects.toMatchObject({ code: "NOT_DIVERGENT" });
    await recordConsensus(a.officer, a.id, s1.id, a.criteria[0], { score: 3, rationale: "Evidence of a plan, not yet of progress" });
    await expect(recordConsensus(a.secondOfficer, a.id, s1.id, a.criteria[0], { score: 2, rationale: "Again" })).rejects.toMatchObject({ code: "ALREADY_MODERATED" });

    const recorded = (await getModeration(a.officer, a.id))!.items[0];
    expect(recorded.consensus).toEqual({ score: 3, rationale: "Evidence of a plan, not yet of progress", moderatorName: a.officer.name });
    expect(recorded.scores).toHaveLength(2);
    const results = await getResults(a.officer, a.id);
    const cell = results.kind === "results" ? results.outcome.result.suppliers.find((s) => s.supplierId === s1.id)!.criteria[0] : null;
    expect(cell).toMatchObject({ status: "consensus", agreedScore: 3, scores: [expect.anything(), expect.anything()] });
    expect(await t.db.auditEvent.count({ where: { action: "scoring.consensus-recorded" } })).toBeGreaterThan(0);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });
});

describe("results kept between changes", () => {
  // The engine runs once for each state of what results depend on: a kept snapshot is read while nothing changed,
  // and any new score, consensus or supplier name gives results computed afresh.
  // Both the overview (the ranking's) and the suppliers' full results are marked as read from the snapshot.
  const markKept = async (assessmentId: string) => {
    const snapshot = await t.db.resultsSnapshot.findUniqueOrThrow({ where: { assessmentId } });
    const content = JSON.parse(snapshot.content);
    content.outcome.result.suppliers[0].name = "Read from the snapshot";
    const suppliers = JSON.parse(snapshot.suppliers!);
    suppliers[0].name = "Read from the snapshot";
    await t.db.resultsSnapshot.update({ where: { assessmentId }, data: { content: JSON.stringify(content), suppliers: JSON.stringify(suppliers) } });
  };
  const firstName = async (a: Awaited<ReturnType<typeof scoredAssessment>>) => {
    const [results, overview] = [await getResults(a.officer, a.id), await getResultsOverview(a.officer, a.id)];
    if (results.kind !== "results" || overview.kind !== "results") return results.kind;
    // The ranking's overview and the full results always come from the same computation.
    expect(overview.outcome.result.suppliers[0].name).toBe(results.outcome.result.suppliers[0].name);
    return results.outcome.result.suppliers[0].name;
  };

  it("are read again while nothing changed, and computed afresh after a score, a consensus or a new name", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    const [s1, s2] = a.suppliers;
    for (const evaluator of [a.officer, a.specialist]) await declareConflict(evaluator, a.id, s1.id, noConflict);
    await submitScores(a.officer, a.id, s1.id, sheet(a.criteria, a.criteria.map((_, i) => (i === 0 ? 4 : 2))));
    const fresh = await getResults(a.officer, a.id);
    const again = await getResults(a.officer, a.id);
    const { criterionIdOf: freshIdOf, scoring: freshScoring, evaluatorWords: freshWords, supplierResults: _fresh, ...freshData } = fresh as Extract<typeof fresh, { kind: "results" }>;
    const { criterionIdOf: againIdOf, scoring: againScoring, evaluatorWords: againWords, supplierResults: _again, ...againData } = again as Extract<typeof again, { kind: "results" }>;
    expect(againData).toEqual(freshData);
    // The overview is the full results less each supplier's scores by criterion and evidence.
    const overview = await getResultsOverview(a.officer, a.id);
    expect(overview.kind === "results" && overview.outcome.result).toEqual(resultsOverview(freshData.outcome.result));
    expect(overview.kind === "results" && overview.outcome.result.suppliers.some((supplier) => "criteria" in supplier || "evidence" in supplier)).toBe(false);
    // The parts kept apart (what-if's working, the evaluators' words) read back as they were computed.
    expect(await againScoring()).toEqual(await freshScoring());
    expect(await againWords()).toEqual(await freshWords());
    expect((await againWords()).length).toBeGreaterThan(0);
    const engineIds = freshData.outcome.result.suppliers[0].criteria.map((c) => c.criterionId);
    expect(engineIds.map(againIdOf)).toEqual(engineIds.map(freshIdOf));

    await markKept(a.id);
    expect(await firstName(a)).toBe("Read from the snapshot");
    // The moderation and scoring pages read the same kept results.
    await submitScores(a.specialist, a.id, s1.id, sheet(a.criteria, a.criteria.map((_, i) => (i === 0 ? 1 : 3))));
    expect(await firstName(a)).not.toBe("Read from the snapshot");

    await markKept(a.id);
    await recordConsensus(a.officer, a.id, s1.id, a.criteria[0], { score: 3, rationale: "Agreed at moderation" });
    expect(await firstName(a)).not.toBe("Read from the snapshot");

    await markKept(a.id);
    await declareConflict(a.officer, a.id, s2.id, noConflict);
    await submitScores(a.officer, a.id, s2.id, sheet(a.criteria, 3));
    expect(await firstName(a)).not.toBe("Read from the snapshot");

    await markKept(a.id);
    const first = (await getResults(a.officer, a.id)) as Extract<Awaited<ReturnType<typeof getResults>>, { kind: "results" }>;
    await t.db.organisation.update({ where: { id: first.outcome.result.suppliers[0].supplierId }, data: { nameEn: "Renamed Ltd" } });
    expect(await firstName(a)).toBe("Renamed Ltd");
  });
});

describe("isolation and shared specialists", () => {
  it("another buyer organisation finds nothing; a specialist of another body sees one assessment only while granted", async () => {
    const a = await scoredAssessment();
    await closeScoring(a.id);
    const other = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist"], "england");
    const [stranger, guest] = other.actors as [Actor, Actor];
    const unrelated = await createAssessment(a.officer, {
      title: "Unrelated", reference: "U-1", description: "", nation: "wales", annualContractValue: 1000, carbonReductionPlan: "no",
      languages: "en", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear(),
    });
    for (const outsider of [stranger, guest]) {
      expect(await getAssessment(outsider, a.id)).toBeNull();
      expect(await getScoringOverview(outsider, a.id)).toBeNull();
      expect(await getSupplierScoring(outsider, a.id, a.suppliers[0].id)).toBeNull();
      expect(await declareConflict(outsider, a.id, a.suppliers[0].id, noConflict)).toBeNull();
      expect(await getModeration(outsider, a.id)).toBeNull();
      expect(await mayReadResponse(outsider, a.suppliers[0].responseId)).toBe(false);
      expect(await grantSharedSpecialist(outsider, a.id, guest.email)).toBeNull();
    }

    await expect(grantSharedSpecialist(a.officer, a.id, "nobody@example.gov.uk")).rejects.toMatchObject({ code: "NOT_A_SHARED_SPECIALIST", field: "email" });
    await expect(grantSharedSpecialist(a.officer, a.id, stranger.email)).rejects.toMatchObject({ code: "NOT_A_SHARED_SPECIALIST" });
    await expect(grantSharedSpecialist(a.officer, a.id, a.specialist.email)).rejects.toMatchObject({ code: "OWN_ORGANISATION" });
    await grantSharedSpecialist(a.officer, a.id, guest.email);
    await expect(grantSharedSpecialist(a.officer, a.id, guest.email)).rejects.toMatchObject({ code: "ALREADY_ADDED" });

    const shared = (await getAssessment(a.officer, a.id))!.specialists.find((s) => s.userId === guest.userId)!;
    expect(shared).toMatchObject({ shared: true, organisationName: { en: other.organisation.nameEn } });
    expect((await listAssessments(guest)).map((x) => x.id)).toEqual([a.id]);
    expect(await getAssessment(guest, unrelated.id)).toBeNull();
    expect(await getAssessment(stranger, a.id)).toBeNull();
    await declareConflict(guest, a.id, a.suppliers[0].id, noConflict);
    await submitScores(guest, a.id, a.suppliers[0].id, sheet(a.criteria, 2));
    expect((await getSupplierScoring(guest, a.id, a.suppliers[0].id))!.status).toBe("submitted");
    // In the buyer's chain, recording that the person acted from their own organisation.
    expect(await t.db.auditEvent.count({ where: { action: "scoring.scores-submitted", chainId: `organisation:${a.officer.organisationId}`, organisationId: a.officer.organisationId, actorOrganisationId: guest.organisationId, actorUserId: guest.userId } })).toBe(1);

    await expect(revokeSharedSpecialist(a.officer, a.id, (await getAssessment(a.officer, a.id))!.specialists.find((s) => s.userId === a.specialist.userId)!.id)).rejects.toMatchObject({ code: "NOT_SHARED" });
    await revokeSharedSpecialist(a.officer, a.id, shared.id);
    expect(await getAssessment(guest, a.id)).toBeNull();
    expect(await getScoringOverview(guest, a.id)).toBeNull();
    expect(await listAssessments(guest)).toEqual([]);
    // Their submitted scores stay in the record.
    expect(await t.db.evaluatorScore.count({ where: { assessmentId: a.id, evaluatorId: guest.userId } })).toBe(a.criteria.length);
    expect(await t.db.auditEvent.count({ where: { action: { in: ["assessment.shared-specialist-granted", "assessment.shared-specialist-revoked"] } } })).toBe(2);
  });
});
