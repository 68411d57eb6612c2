import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { changeTargets, requestReport, reviewKpi } from "./contract-oversight";
import { getOwnReport, replyToQuery, saveReportDraft, submitReport } from "./contract-reports";
import { contractStart, createContract } from "./create-contract";
import { getContract, listContracts } from "./get-contract";
import { getOrganisationReport } from "./organisation-report";
import { scheduleReportReminders } from "./schedule-report-reminders";

// Contracts after an award, on the real database: made from the award with the bid's KPIs, reported on by the
// supplier, reviewed by the buyer's specialist; and never reachable by another organisation or another supplier.

const t = useTestDatabase();
// The contract starts 1 April 2026; "now" is in its second year, after year 1's report was due (30 May 2027).
const now = new Date("2027-06-15T10:00:00Z");
const bid = {
  evidence: { waste: { percentRefurbishedOrRemanufactured: 30 }, sbti: { status: "near-term-targets-set", asAt: "2025-01-01" } },
  serviceFootprint: { hosting: [{ region: "GB", electricityKWhPerYear: 100000 }], devices: [] },
};

async function awardedWorld(evidence: object = bid) {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin"]);
  const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin", "supplier-contributor"]);
  const rival = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
  const otherBuyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist", "organisation-admin"]);
  const [officer, specialist, admin] = buyer.actors;
  const assessment = await t.db.assessment.create({
    data: {
      organisationId: buyer.organisation.id, title: "Cloud hosting", titleCy: "Lletya cwmwl", reference: `CH-${buyer.organisation.id.slice(-4)}`, nation: "wales", annualContractValue: 200_000,
      carbonReductionPlanRequired: false, responseDeadline: new Date("2026-01-31T12:00:00Z"), scale: "[]", divergenceThreshold: 1, frameworkId: "ggc-ict", frameworkVersion: "2025.1",
      frameworkLevel: "2025", languages: "en+cy", status: "published", outcome: "awarded", awardedSupplierOrganisationId: supplier.organisation.id,
      outcomeDecidedOn: new Date("2026-03-02T00:00:00Z"), createdById: officer.userId,
    },
  });
  await t.db.response.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplier.organisation.id, status: "submitted", evidence: JSON.stringify(evidence), submittedAt: new Date("2026-01-30T12:00:00Z") } });
  return { officer, specialist, admin, supplierAdmin: supplier.actors[0], contributor: supplier.actors[1], rival: rival.actors[0], outsiders: otherBuyer.actors, assessment, buyer, supplier };
}

const terms = { startsOn: "2026-04-01", endsOn: "2029-03-31", value: 600_000 };
const explanations = { "contract-emissions": "A second region was added in March.", "refurbished-share": "Refurbished stock ran short." };
const yearOne = { scope1TCO2e: 2, scope2TCO2e: 15.5, scope3TCO2e: { "1": 1 }, electricity: [{ region: "GB", kWh: 87000 }], devicesNew: 30, devicesRefurbished: 10, takenBackReused: 4, takenBackRecycled: 5, takenBackLandfilled: 1, explanations: {} };

describe("contracts", () => {
  it("an officer makes the contract from the award: KPIs from the bid, 10 % a year off the declared footprint; once only; dates checked", async () => {
    const w = await awardedWorld();
    expect(await contractStart(w.officer, w.assessment.id)).toMatchObject({ awardedOn: "2026-03-02", contractId: null, supplier: { id: w.supplier.organisation.id } });
    await expect(createContract(w.officer, w.assessment.id, { ...terms, startsOn: "2026-03-01" })).rejects.toMatchObject({ messageKey: "contractStart.beforeAward", field: "startDay" });
    // Awarded Monday 2 March 2026: eight working days of standstill, that day first, run to Wednesday 11 March.
    expect((await contractStart(w.officer, w.assessment.id))?.standstillLastDay).toBe("2026-03-11");
    await expect(createContract(w.officer, w.assessment.id, { ...terms, startsOn: "2026-03-11" })).rejects.toMatchObject({ messageKey: "contractStart.inStandstill", field: "startDay" });
    await expect(createContract(w.officer, w.assessment.id, { ...terms, endsOn: "2026-03-31" })).rejects.toMatchObject({ messageKey: "contractEnd.beforeStart" });
    const made = await createContract(w.officer, w.assessment.id, terms);
    await expect(createContract(w.officer, w.assessment.id, terms)).rejects.toMatchObject({ messageKey: "contract.alreadyMade" });
    const contract = (await getContract(w.officer, made!.contractId, now))!;
    expect(contract.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(contract.currentYear).toBe(2);
    // 100,000 kWh × (0.177 + 0.0163) kgCO2e/kWh (DESNZ 2026 uses the 2025 set) = 19.33 t; × 0.9 = 17.397 t.
    expect(contract.kpis.map((k) => [k.kind, k.baseline, k.targets[0]])).toEqual([["contract-emissions", 19.33, 17.397], ["refurbished-share", 30, 30]]);
    expect(contract.commitments).toEqual({ validCarbonReductionPlan: false, scienceBasedTargets: true });
    expect(contract.standings["contract-emissions"].map((s) => s.status)).toEqual(["not-reported", "not-due", "not-due"]);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("another organisation, a rival supplier and the wrong roles find nothing: every contract use case answers null (404)", async () => {
    const w = await awardedWorld();
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    await saveReportDraft(w.supplierAdmin, contractId, 1, { ...yearOne, explanations }, 0, now);
    await submitReport(w.supplierAdmin, contractId, 1, 1, now);
    const [outsideOfficer, outsideSpecialist, outsideAdmin] = w.outsiders;
    const strangers: Actor[] = [outsideOfficer, outsideSpecialist, outsideAdmin, w.rival];
    for (const stranger of strangers) {
      expect(await getContract(stranger, contractId, now), stranger.role).toBeNull();
      expect(await contractStart(stranger, w.assessment.id)).toBeNull();
      expect(await createContract(stranger, w.assessment.id, terms)).toBeNull();
      expect(await changeTargets(stranger, contractId, 1, { "contract-emissions": [1, 1, 1] })).toBeNull();
      expect(await requestReport(stranger, contractId, 2, now)).toBeNull();
      expect(await reviewKpi(stranger, contractId, 1, "contract-emissions", { outcome: "agreed", status: "on-track", reason: "x" })).toBeNull();
      expect(await saveReportDraft(stranger, contractId, 2, yearOne, 0, now)).toBeNull();
      expect(await getOwnReport(stranger, contractId, 2, now)).toBeNull();
    }
    expect(await listContracts(w.rival)).toEqual([]);
    expect((await listContracts(outsideOfficer))!.map((c) => c.id)).not.toContain(contractId);
    // Filter objects where an id belongs are refused before they reach the database.
    await expect(getContract(outsideOfficer, { not: "" } as never, now)).rejects.toThrow();
    // Within the buyer: the officer cannot review, the specialist cannot set targets; the buyer cannot report.
    expect(await reviewKpi(w.officer, contractId, 1, "contract-emissions", { outcome: "agreed", status: "on-track", reason: "x" })).toBeNull();
    expect(await changeTargets(w.specialist, contractId, 1, { "contract-emissions": [1, 1, 1] })).toBeNull();
    expect(await saveReportDraft(w.officer, contractId, 2, yearOne, 0, now)).toBeNull();
    // The supplier's people read their own contract; the buyer's admin reads it too.
    expect((await getContract(w.contributor, contractId, now))?.viewer).toMatchObject({ side: "supplier", canReport: true, canReview: false });
    expect((await getContract(w.admin, contractId, now))?.viewer).toMatchObject({ side: "buyer", canReport: false, canEditTargets: false });
    const changedRows = await t.db.contractKpiReview.count({ where: { report: { contractId } } });
    expect(changedRows).toBe(0);
  });

  it("the supplier's draft is its own until submitted; a missed target needs its explanation; the submission has a receipt and tells the buyer", async () => {
    const w = await awardedWorld();
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    expect(await saveReportDraft(w.supplierAdmin, contractId, 3, yearOne, 0, now)).toBeNull(); // year 3 has not begun
    await saveReportDraft(w.supplierAdmin, contractId, 1, yearOne, 0, now);
    // Saved meanwhile by a colleague: the second save is told the version now saved, and nothing is overwritten.
    expect(await saveReportDraft(w.contributor, contractId, 1, { ...yearOne, scope1TCO2e: 99 }, 0, now)).toEqual({ stale: { version: 1 } });
    expect((await getOwnReport(w.contributor, contractId, 1, now))?.figures?.scope1TCO2e).toBe(2);
    expect((await getContract(w.officer, contractId, now))!.reports[0]).toMatchObject({ status: "draft", figures: null });
    // 2 + 15.5 + 1 = 18.5 t against 17.397 t, and 10 of 40 refurbished (25 %) against 30 %: both need a reason.
    await expect(submitReport(w.supplierAdmin, contractId, 1, 1, now)).rejects.toMatchObject({ messageKey: "contractReport.explanationNeeded" });
    const explained = { ...yearOne, explanations };
    await saveReportDraft(w.supplierAdmin, contractId, 1, explained, 1, now);
    expect(await submitReport(w.contributor, contractId, 1, 2, now)).toBeNull(); // the admin submits, as for tenders
    const submitted = await submitReport(w.supplierAdmin, contractId, 1, 2, now);
    expect(submitted?.reference).toMatch(new RegExp(`^${w.assessment.reference}-Y1-[A-Z2-9]{6}$`));
    await expect(submitReport(w.supplierAdmin, contractId, 1, 3, now)).rejects.toMatchObject({ messageKey: "contractReport.submitted" });
    await expect(saveReportDraft(w.supplierAdmin, contractId, 1, yearOne, 3, now)).rejects.toMatchObject({ messageKey: "contractReport.submitted" });
    const seen = (await getContract(w.specialist, contractId, now))!;
    expect(seen.reports[0]).toMatchObject({ status: "submitted", reference: submitted!.reference });
    expect(seen.reports[0].receiptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.standings["contract-emissions"][0]).toMatchObject({ status: "off-track", value: 18.5, target: 17.397, variance: 1.103, explanation: "A second region was added in March." });
    const told = await t.db.outboxMessage.findMany({ where: { kind: "contract-report-submitted", organisationId: w.buyer.organisation.id }, select: { recipientUserId: true } });
    expect(told.map((m) => m.recipientUserId).sort()).toEqual([w.officer.userId, w.specialist.userId].sort());
  });

  it("the specialist marks a KPI off track with a reason; a query is e-mailed to the supplier; the officer's targets replace the defaults", async () => {
    const w = await awardedWorld();
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    await saveReportDraft(w.supplierAdmin, contractId, 1, { ...yearOne, scope2TCO2e: 10, devicesRefurbished: 20 }, 0, now);
    await submitReport(w.supplierAdmin, contractId, 1, 1, now);
    expect((await getContract(w.specialist, contractId, now))!.standings["contract-emissions"][0].status).toBe("on-track");
    await reviewKpi(w.specialist, contractId, 1, "contract-emissions", { outcome: "queried", status: "off-track", reason: "Scope 3 business travel is missing." });
    const after = (await getContract(w.supplierAdmin, contractId, now))!.standings["contract-emissions"][0];
    expect(after).toMatchObject({ status: "off-track", computed: "on-track", review: { outcome: "queried", reason: "Scope 3 business travel is missing." } });
    expect(await t.db.outboxMessage.count({ where: { kind: "kpi-queried", organisationId: w.supplier.organisation.id } })).toBe(2);
    // The supplier answers; the specialist is told and the KPI waits for them again. Nobody else can answer.
    const queriedAt = (await getContract(w.supplierAdmin, contractId, now))!.reports[0].reviews[0].reviewedAt;
    expect(await replyToQuery(w.rival, contractId, 1, "contract-emissions", "Not ours", queriedAt, now)).toBeNull();
    expect(await replyToQuery(w.supplierAdmin, contractId, 1, "refurbished-share", "Nothing was queried", queriedAt, now)).toBeNull();
    // An answer to a query as it stood earlier is refused, keeping the typed text (the form gives it back).
    await expect(replyToQuery(w.contributor, contractId, 1, "contract-emissions", "Old", new Date(queriedAt.getTime() - 1000), now)).rejects.toMatchObject({ messageKey: "kpiReply.queryChanged" });
    await replyToQuery(w.contributor, contractId, 1, "contract-emissions", "Travel was 3.2 t; the corrected figure is 21.7 t.", queriedAt, new Date(queriedAt.getTime() + 1000));
    const answered = (await getContract(w.specialist, contractId, now))!.reports[0].reviews[0];
    expect(answered).toMatchObject({ reply: "Travel was 3.2 t; the corrected figure is 21.7 t.", awaitingReply: false });
    expect(await t.db.outboxMessage.count({ where: { kind: "kpi-query-answered", recipientUserId: w.specialist.userId } })).toBe(1);
    expect(await reviewKpi(w.specialist, contractId, 2, "contract-emissions", { outcome: "agreed", status: "on-track", reason: "x" })).toBeNull(); // no year 2 report
    const version = (await getContract(w.officer, contractId, now))!.version;
    expect(await changeTargets(w.officer, contractId, version, { "contract-emissions": [17, 15, 13], "landfill-share": [1, 1, 1] })).toEqual({ saved: { contractId } });
    // A second officer still looking at the old version is told the version now saved, and nothing is written.
    expect(await changeTargets(w.officer, contractId, version, { "contract-emissions": [1, 1, 1] })).toEqual({ stale: { version: version + 1 } });
    const kpis = (await getContract(w.officer, contractId, now))!.kpis;
    expect(kpis.find((k) => k.kind === "contract-emissions")).toMatchObject({ targets: [17, 15, 13], targetsSetBy: "officer" });
    expect(kpis.map((k) => k.kind)).toEqual(["contract-emissions", "refurbished-share"]);
  });

  it("without a declared footprint, the first year's report sets the baseline and the next years' targets", async () => {
    const w = await awardedWorld({ evidence: {} });
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    await saveReportDraft(w.supplierAdmin, contractId, 1, yearOne, 0, now);
    await submitReport(w.supplierAdmin, contractId, 1, 1, now);
    expect((await getContract(w.officer, contractId, now))!.kpis[0]).toMatchObject({ kind: "contract-emissions", baseline: 18.5, baselineSource: "first-report", targets: [null, 16.65, 14.985] });
  });

  it("reminds the supplier 14 days before a report is due and once it is overdue, once each; the officer can ask at any time", async () => {
    const w = await awardedWorld();
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    const kinds = () => t.db.outboxMessage.count({ where: { kind: "contract-report-due", organisationId: w.supplier.organisation.id } });
    await scheduleReportReminders(t.db, new Date("2027-05-10T09:00:00Z"));
    expect(await kinds()).toBe(0);
    await scheduleReportReminders(t.db, new Date("2027-05-16T09:00:00Z"));
    await scheduleReportReminders(t.db, new Date("2027-05-17T09:00:00Z"));
    expect(await kinds()).toBe(2); // due soon: one to each of the supplier's two people
    await scheduleReportReminders(t.db, new Date("2027-05-31T09:00:00Z"));
    expect(await kinds()).toBe(4);
    await expect(requestReport(w.officer, contractId, 2, now)).rejects.toMatchObject({ messageKey: "contractReport.requestTooEarly" }); // year 2 runs to March 2028
    expect(await requestReport(w.officer, contractId, 1, now)).toMatchObject({ queued: 2 });
    expect(await requestReport(w.officer, contractId, 1, now)).toMatchObject({ queued: 0 }); // once a day
  });

  it("the organisation report counts only the organisation's own contracts; suppliers have none", async () => {
    const w = await awardedWorld();
    const { contractId } = (await createContract(w.officer, w.assessment.id, terms))!;
    await saveReportDraft(w.supplierAdmin, contractId, 1, { ...yearOne, explanations }, 0, now);
    await submitReport(w.supplierAdmin, contractId, 1, 1, now);
    const report = (await getOrganisationReport(w.admin, 2026, now))!;
    expect(report.footprint).toMatchObject({ reportedTCO2e: 18.5, estimatedTCO2e: 0, totalTCO2e: 18.5 });
    expect(report.refurbished).toMatchObject({ percent: 25, supplied: 40 });
    expect(report.suppliers).toEqual({ total: 1, validCarbonReductionPlan: 0, scienceBasedTargets: 1 });
    const outsider = (await getOrganisationReport(w.outsiders[2], 2026, now))!;
    expect(outsider.contractCount).toBe(0);
    expect(outsider.footprint.totalTCO2e).toBe(0);
    expect(await getOrganisationReport(w.supplierAdmin, 2026, now)).toBeNull();
  });
});
