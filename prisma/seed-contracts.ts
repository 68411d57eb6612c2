// After the award: two awarded assessments for the Welsh demo buyer. One (CCC-2025-007, devices) has its contract in
// its second year, with the year 1 report submitted and reviewed, so the contract and the sustainable-ICT report have
// figures at once; the other (CCC-2026-019, backup) is awarded with no contract yet, to make one from.
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

  // The devices contract: 1 April 2025 to 31 March 2028, in its second year.
  const startsOn = "2025-04-01";
  const endsOn = "2028-03-31";
  const kpis = kpisFromBid(devicesBid as never, "2025-02-28", contractYears(startsOn, endsOn));
  const contract = await tx.contract.create({
    data: {
      organisationId: ids.buyer,
      assessmentId: devices.id,
      supplierOrganisationId: ids.supplier,
      startsOn: new Date(`${startsOn}T00:00:00Z`),
      endsOn: new Date(`${endsOn}T00:00:00Z`),
      value: 750_000,
      kpis: JSON.stringify(kpis),
      commitments: JSON.stringify({ validCarbonReductionPlan: checkCarbonReductionPlan(devicesBid.carbonReductionPlan as never, { nation: "wales", assessmentDate: "2025-02-28" }).passed, scienceBasedTargets: true }),
      createdById: ids.officer,
      createdAt: new Date("2025-03-24T10:00:00Z"),
    },
  });
  const figures = {
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
  };
  const submittedAt = new Date("2026-05-20T14:30:00Z");
  const reference = "CCC-2025-007-Y1-K7QH3M";
  const receiptHash = createHash("sha256").update(canonicalJson({ contractId: contract.id, contractYear: 1, reference, submittedAt: submittedAt.toISOString(), figures, files: [] })).digest("hex");
  const report = await tx.contractReport.create({
    data: { contractId: contract.id, contractYear: 1, status: "submitted", figures: JSON.stringify(figures), reference, receiptHash, submittedAt, submittedById: ids.author, updatedById: ids.author, version: 2 },
  });
  await tx.contractKpiReview.create({
    data: { reportId: report.id, kpiKind: "contract-emissions", outcome: "agreed", status: "on-track", reason: "Matches the electricity and device figures; scope 3 categories 1, 4 and 12 are the ones that apply.", reviewedById: ids.specialist, reviewedAt: new Date("2026-06-03T11:00:00Z") },
  });
  await recordAuditEvent(tx, { organisationId: ids.buyer, actorOrganisationId: null, actorUserId: null, action: "contract.seeded", subjectType: "Contract", subjectId: contract.id, after: { reference: "CCC-2025-007", reports: [1] } });
}
