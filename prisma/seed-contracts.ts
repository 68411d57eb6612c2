// After the award, for the Welsh demo buyer:
// - CCC-2025-007 (laptops, Greenbyte): a contract in its second year, its year 1 report submitted and reviewed, so
//   the contract and the sustainable-ICT report have figures at once;
// - CCC-2024-022 (print, Greenbyte): a two-year contract that has ended, its year 2 report overdue;
// - CCC-2025-012 (Wi-Fi for schools, Blue Cloud): in its second year, its year 1 report overdue;
// - CCC-2026-019 (backup, Blue Cloud): awarded, with no contract yet, to make one from.
import { checkCarbonReductionPlan } from "@/lib/domain/carbon-reduction-plan";
import { initialCriteria } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { kpisFromBid } from "@/lib/domain/contracts/commitments";
import { contractYears } from "@/lib/domain/contracts/contract-years";
import { latestFramework } from "@/lib/domain/framework/registry";
import { canonicalJson } from "@/lib/domain/responses/submission";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import type { Tx } from "@/lib/server/db";
import { createHash } from "node:crypto";
import { completePlan } from "./demo-evidence";
import { sealSeededSubmission } from "./seed-submissions";
import { welshTitle } from "./seed-welsh-title";

type Ids = { buyer: string; officer: string; specialist: string; supplier: string; author: string; otherSupplier: string; otherAuthor: string };

const devicesBid = {
  carbonReductionPlan: { ...completePlan(2040, "Jordan Reid"), reportingPeriod: { start: "2023-04-01", end: "2024-03-31" }, declaration: { signatoryName: "Jordan Reid", signatoryRole: "director", signedOn: "2024-06-01" } },
  evidence: {
    sbti: { status: "near-term-targets-set", asAt: "2024-11-20" },
    waste: { percentRefurbishedOrRemanufactured: 25, percentReusedOrRecycled: 92, percentLandfilled: 3 },
    supplyChain: { tier1PercentWithData: 65 },
  },
  serviceFootprint: {
    hosting: [{ region: "GB", electricityKWhPerYear: 60000 }],
    devices: [{ kind: "end-user", description: "Laptops", count: 250, embodiedKgCO2eEach: 300, lifetimeYears: 4 }],
  },
};

const printBid = {
  carbonReductionPlan: { ...completePlan(2040, "Jordan Reid"), reportingPeriod: { start: "2022-04-01", end: "2023-03-31" }, declaration: { signatoryName: "Jordan Reid", signatoryRole: "director", signedOn: "2023-06-01" } },
  evidence: { sbti: { status: "committed", asAt: "2023-10-02" }, waste: { percentRefurbishedOrRemanufactured: 35, percentReusedOrRecycled: 90 } },
  serviceFootprint: { hosting: [{ region: "GB", electricityKWhPerYear: 8000 }], devices: [{ kind: "end-user", description: "Printers", count: 20, embodiedKgCO2eEach: 400, lifetimeYears: 5 }] },
};

const wifiBid = {
  carbonReductionPlan: { ...completePlan(2035, "Alys Morgan"), reportingPeriod: { start: "2023-04-01", end: "2024-03-31" }, declaration: { signatoryName: "Alys Morgan", signatoryRole: "director", signedOn: "2024-07-01" } },
  evidence: { sbti: { status: "near-term-targets-set", asAt: "2024-09-01" }, waste: { percentReusedOrRecycled: 88, percentLandfilled: 4 }, supplyChain: { tier1PercentWithData: 50 } },
  serviceFootprint: { hosting: [{ region: "GB", electricityKWhPerYear: 20000 }], devices: [{ kind: "network", description: "Access points", count: 300, embodiedKgCO2eEach: 30, lifetimeYears: 6 }] },
};

const backupBid = {
  carbonReductionPlan: completePlan(2035, "Alys Morgan"),
  evidence: { sbti: { status: "committed", asAt: "2026-03-01" }, waste: { percentReusedOrRecycled: 85, percentLandfilled: 5 }, supplyChain: { tier1PercentWithData: 40 } },
  serviceFootprint: { hosting: [{ region: "GB", electricityKWhPerYear: 120000 }, { region: "IE", electricityKWhPerYear: 30000 }], devices: [] },
};

async function awardedAssessment(tx: Tx, ids: Ids, input: { reference: string; title: { en: string; cy: string }; description: { en: string; cy: string }; deadline: string; decidedOn: string; supplier: string; author: string; bid: object; value: number }) {
  const scale = scalePresets["0-4"].points;
  const drafts = initialCriteria(latestFramework, "2020", scale);
  const assessment = await tx.assessment.create({
    data: {
      organisationId: ids.buyer,
      ...welshTitle(input.title, input.description),
      reference: input.reference,
      nation: "wales",
      annualContractValue: input.value,
      carbonReductionPlanRequired: true,
      responseDeadline: new Date(`${input.deadline}T12:00:00Z`),
      scale: JSON.stringify(scale),
      divergenceThreshold: 1,
      frameworkId: latestFramework.id,
      frameworkVersion: latestFramework.version,
      frameworkLevel: "2020",
      languages: "en+cy",
      status: "published",
      publishedAt: new Date(`${input.deadline}T09:00:00Z`),
      outcome: "awarded",
      awardedSupplierOrganisationId: input.supplier,
      outcomeDecidedOn: new Date(`${input.decidedOn}T00:00:00Z`),
      outcomeRecordedAt: new Date(`${input.decidedOn}T10:00:00Z`),
      createdById: ids.officer,
    },
  });
  await tx.assessmentCriterion.createMany({ data: drafts.map((draft, position) => ({ assessmentId: assessment.id, position, ...criterionData(draft) })) });
  await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: input.supplier, invitedById: ids.officer } });
  const response = await tx.response.create({
    data: { assessmentId: assessment.id, supplierOrganisationId: input.supplier, status: "submitted", evidence: JSON.stringify(input.bid), submittedAt: new Date(`${input.deadline}T08:00:00Z`), reference: `${input.reference}-A` },
  });
  const criteria = await tx.assessmentCriterion.findMany({ where: { assessmentId: assessment.id }, orderBy: { position: "asc" } });
  await tx.responseAnswer.createMany({ data: criteria.map((criterion) => ({ responseId: response.id, criterionId: criterion.id, answer: `See our evidence for ${criterion.titleEn}.`, updatedById: input.author })) });
  await sealSeededSubmission(tx, response.id);
  await recordAuditEvent(tx, { organisationId: ids.buyer, actorOrganisationId: null, actorUserId: null, action: "assessment.seeded", subjectType: "Assessment", subjectId: assessment.id, after: { reference: input.reference, outcome: "awarded" } });
  return assessment;
}

export async function seedContracts(tx: Tx, ids: Ids) {
  const devices = await awardedAssessment(tx, ids, {
    reference: "CCC-2025-007",
    title: { en: "Managed laptops for council staff", cy: "Gliniaduron a reolir ar gyfer staff y cyngor" },
    description: { en: "Laptops, their management and their take-back at end of life, for three years.", cy: "Gliniaduron, eu rheoli a’u cymryd yn ôl ar ddiwedd eu hoes, am dair blynedd." },
    deadline: "2025-02-28",
    decidedOn: "2025-03-10",
    supplier: ids.supplier,
    author: ids.author,
    bid: devicesBid,
    value: 250_000,
  });
  await awardedAssessment(tx, ids, {
    reference: "CCC-2026-019",
    title: { en: "Cloud backup service", cy: "Gwasanaeth copïau wrth gefn yn y cwmwl" },
    description: { en: "Off-site backup of the council's systems, for four years.", cy: "Copïau wrth gefn oddi ar y safle o systemau’r cyngor, am bedair blynedd." },
    deadline: "2026-09-30",
    decidedOn: "2026-11-16",
    supplier: ids.otherSupplier,
    author: ids.otherAuthor,
    bid: backupBid,
    value: 180_000,
  });

  const devicesContract = await seededContract(tx, ids, { assessmentId: devices.id, reference: "CCC-2025-007", supplier: ids.supplier, author: ids.author, bid: devicesBid, assessmentDate: "2025-02-28", startsOn: "2025-04-01", endsOn: "2028-03-31", value: 750_000 });
  const yearOne = await submittedReport(tx, ids.author, devicesContract, 1, "CCC-2025-007-Y1-K7QH3M", new Date("2026-05-20T14:30:00Z"), {
    scope1TCO2e: 1.2,
    scope2TCO2e: 9.8,
    scope3TCO2e: { "1": 12.5, "4": 2.1, "12": 0.6 },
    electricity: [{ region: "GB", kWh: 52000 }],
    devicesNew: 180,
    devicesRefurbished: 70,
    devicesEmbodiedKgCO2e: 61000,
    takenBackReused: 60,
    takenBackRecycled: 85,
    takenBackLandfilled: 3,
    supplyChainTier1Percent: 72,
    organisationEmissionsTCO2e: 1310,
    explanations: { "organisation-emissions": "A new office opened in 2025; the heat pump retrofit at head office finishes in summer 2026 and brings us back to the plan's path." },
  });
  await tx.contractKpiReview.create({
    data: { reportId: yearOne, kpiKind: "contract-emissions", outcome: "agreed", status: "on-track", reason: "Matches the electricity and device figures; scope 3 categories 1, 4 and 12 are the ones that apply.", reviewedById: ids.specialist, reviewedAt: new Date("2026-06-03T11:00:00Z") },
  });

  // Managed print, Greenbyte: two years, ended 31 March 2026; year 1 reported, year 2 overdue (due 30 May 2026).
  const print = await awardedAssessment(tx, ids, {
    reference: "CCC-2024-022",
    title: { en: "Managed print service", cy: "Gwasanaeth argraffu a reolir" },
    description: { en: "Printers, their supplies and their take-back, for two years.", cy: "Argraffwyr, eu cyflenwadau a’u cymryd yn ôl, am ddwy flynedd." },
    deadline: "2024-02-16",
    decidedOn: "2024-03-01",
    supplier: ids.supplier,
    author: ids.author,
    bid: printBid,
    value: 60_000,
  });
  const printContract = await seededContract(tx, ids, { assessmentId: print.id, reference: "CCC-2024-022", supplier: ids.supplier, author: ids.author, bid: printBid, assessmentDate: "2024-02-16", startsOn: "2024-04-01", endsOn: "2026-03-31", value: 120_000 });
  await submittedReport(tx, ids.author, printContract, 1, "CCC-2024-022-Y1-P4RN7T", new Date("2025-05-12T09:15:00Z"), {
    scope2TCO2e: 1.1,
    scope3TCO2e: { "1": 2.9, "12": 0.2 },
    electricity: [{ region: "GB", kWh: 7600 }],
    devicesNew: 12,
    devicesRefurbished: 8,
    takenBackReused: 6,
    takenBackRecycled: 9,
    takenBackLandfilled: 0,
    explanations: {},
  });

  // Wi-Fi for schools, Blue Cloud: from 1 June 2025; year 1 (to 31 May 2026) not reported yet, due 30 July 2026.
  const wifi = await awardedAssessment(tx, ids, {
    reference: "CCC-2025-012",
    title: { en: "Wi-Fi for schools", cy: "Wi-Fi i ysgolion" },
    description: { en: "Wireless networks in the county's schools, managed for three years.", cy: "Rhwydweithiau diwifr yn ysgolion y sir, wedi’u rheoli am dair blynedd." },
    deadline: "2025-03-31",
    decidedOn: "2025-04-28",
    supplier: ids.otherSupplier,
    author: ids.otherAuthor,
    bid: wifiBid,
    value: 90_000,
  });
  await seededContract(tx, ids, { assessmentId: wifi.id, reference: "CCC-2025-012", supplier: ids.otherSupplier, author: ids.otherAuthor, bid: wifiBid, assessmentDate: "2025-03-31", startsOn: "2025-06-01", endsOn: "2028-05-31", value: 270_000 });
}

type SeededContract = { assessmentId: string; reference: string; supplier: string; author: string; bid: { carbonReductionPlan?: unknown; evidence?: { sbti?: { status: string } } }; assessmentDate: string; startsOn: string; endsOn: string; value: number };

/** A contract made from an award as the officer makes one: the bid's KPIs over its years, and how its plan stood. */
async function seededContract(tx: Tx, ids: Ids, input: SeededContract): Promise<string> {
  const kpis = kpisFromBid(input.bid as never, input.assessmentDate, contractYears(input.startsOn, input.endsOn));
  const plan = checkCarbonReductionPlan(input.bid.carbonReductionPlan as never, { nation: "wales", assessmentDate: input.assessmentDate });
  const status = input.bid.evidence?.sbti?.status;
  const contract = await tx.contract.create({
    data: {
      organisationId: ids.buyer,
      assessmentId: input.assessmentId,
      supplierOrganisationId: input.supplier,
      startsOn: new Date(`${input.startsOn}T00:00:00Z`),
      endsOn: new Date(`${input.endsOn}T00:00:00Z`),
      value: input.value,
      kpis: JSON.stringify(kpis),
      commitments: JSON.stringify({ validCarbonReductionPlan: plan.passed, scienceBasedTargets: status === "near-term-targets-set" || status === "net-zero-targets-set" }),
      createdById: ids.officer,
    },
  });
  await recordAuditEvent(tx, { organisationId: ids.buyer, actorOrganisationId: null, actorUserId: null, action: "contract.seeded", subjectType: "Contract", subjectId: contract.id, after: { reference: input.reference } });
  return contract.id;
}

/** A submitted year's report with its receipt, as submitting one writes it. Returns the report's id. */
async function submittedReport(tx: Tx, author: string, contractId: string, year: number, reference: string, submittedAt: Date, figures: object): Promise<string> {
  const receiptHash = createHash("sha256").update(canonicalJson({ contractId, contractYear: year, reference, submittedAt: submittedAt.toISOString(), figures, files: [] })).digest("hex");
  const report = await tx.contractReport.create({
    data: { contractId, contractYear: year, status: "submitted", figures: JSON.stringify(figures), reference, receiptHash, submittedAt, submittedById: author, updatedById: author, version: 2 },
  });
  return report.id;
}
