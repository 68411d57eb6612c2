// A published, scored example assessment for the Welsh demo buyer, so that results and exports can be seen at once.
import { initialCriteria } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import type { Tx } from "@/lib/server/db";
import { completePlan } from "./demo-evidence";
import { sealSeededSubmission } from "./seed-submissions";
import { welshTitle } from "./seed-welsh-title";

const evidence = {
  greenbyte: {
    carbonReductionPlan: completePlan(2040, "Jordan Reid"),
    evidence: {
      sbti: { status: "net-zero-targets-set", asAt: "2026-02-10" },
      iso14001: { asAt: "2025-09-01", expiresOn: "2028-08-31" },
      waste: { percentLandfilled: 0, percentReusedOrRecycled: 92, percentReusedOrRecycledPreviousYear: 88, percentRefurbishedOrRemanufactured: 35, percentRefurbishedOrRemanufacturedPreviousYear: 28 },
      policies: { circularIctPolicy: true, designedForDurabilityRepairAndRecycling: true, problematicSubstancesPhasedOut: true },
      supplyChain: { tier1PercentWithData: 85, tier2PercentWithData: 40 },
      modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: "2026-06-30" },
      msat: { asAt: "2026-04-15" },
    },
  },
  cwmwl: {
    carbonReductionPlan: completePlan(2030, "Rhys Evans"),
    evidence: {
      sbti: { status: "committed", asAt: "2026-03-01" },
      ecoVadis: { score: 68, medal: "gold", asAt: "2026-01-20" },
      waste: { percentLandfilled: 2, percentReusedOrRecycled: 81, percentRefurbishedOrRemanufactured: 22 },
      policies: { circularIctPolicy: true },
      supplyChain: { tier1PercentWithData: 60, tier2PercentWithData: 15 },
      modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: "2026-07-01" },
    },
  },
  hafod: {
    // Scope 3 category 7 (employee commuting) is missing: the Carbon Reduction Plan gate excludes this bid.
    carbonReductionPlan: { ...completePlan(2045, "Morgan Hale"), emissions: { scope1: { tCO2e: 50 }, scope2: { tCO2e: 210 }, scope3: { category4: { tCO2e: 60 }, category5: { tCO2e: 5 }, category6: { tCO2e: 12 }, category9: { tCO2e: 9 } } } },
    evidence: { sbti: { status: "committed", asAt: "2026-01-05" } },
  },
};

// Scores on the 0–4 scale, criterion by criterion, for the officer and the specialist.
const scores: Record<keyof typeof evidence, [number[], number[]]> = {
  greenbyte: [[4, 3, 4, 3, 3, 3], [4, 3, 3, 3, 3, 2]],
  cwmwl: [[3, 3, 3, 2, 2, 2], [3, 1, 3, 2, 2, 2]],
  hafod: [[2, 2, 2, 1, 1, 1], [2, 2, 1, 1, 1, 1]],
};

// What each supplier wrote: the first answer in full, the others pointing to the evidence submitted with it.
const firstAnswers: Record<keyof typeof evidence, string> = {
  greenbyte: "Our Carbon Reduction Plan commits us to net zero by 2040, with near-term targets validated by the SBTi in February 2026.",
  cwmwl: "Our Carbon Reduction Plan commits us to net zero by 2030; our SBTi commitment was made in March 2026.",
  hafod: "We have committed to setting science-based targets and will publish them within two years.",
};

export async function seedExampleAssessment(tx: Tx, ids: { buyer: string; officer: string; specialist: string; suppliers: Record<keyof typeof evidence, string>; authors: Record<keyof typeof evidence, string> }) {
  const scale = scalePresets["0-4"].points;
  const drafts = initialCriteria(latestFramework, "2020", scale);
  const assessment = await tx.assessment.create({
    data: {
      organisationId: ids.buyer,
      ...welshTitle(
        { en: "Cloud hosting for council services", cy: "Lletya cwmwl ar gyfer gwasanaethau’r cyngor" },
        { en: "Hosting, backup and support for the council's line-of-business applications, for four years.", cy: "Lletya, copïau wrth gefn a chymorth ar gyfer cymwysiadau busnes y cyngor, am bedair blynedd." },
      ),
      reference: "CCC-2026-014",
      awardShare: 15,
      procurementCategory: "services",
      nation: "wales",
      annualContractValue: 6_200_000,
      carbonReductionPlanRequired: true,
      responseDeadline: new Date("2026-10-30T12:00:00Z"),
      scale: JSON.stringify(scale),
      divergenceThreshold: 1,
      frameworkId: latestFramework.id,
      frameworkVersion: latestFramework.version,
      frameworkLevel: "2020",
      languages: "en+cy",
      status: "published",
      publishedAt: new Date("2026-09-14T09:00:00Z"),
      isTemplate: true,
      createdById: ids.officer,
    },
  });
  await tx.assessmentCriterion.createMany({ data: drafts.map((draft, position) => ({ assessmentId: assessment.id, position, ...criterionData(draft) })) });
  const criteria = await tx.assessmentCriterion.findMany({ where: { assessmentId: assessment.id }, orderBy: { position: "asc" } });
  await tx.assessmentSpecialist.create({ data: { assessmentId: assessment.id, userId: ids.specialist, addedById: ids.officer } });
  await tx.assessmentComment.create({
    data: { assessmentId: assessment.id, criterionId: criteria[0].id, authorId: ids.specialist, body: "Ask for the SBTi status with its date, so that a removed commitment is caught.", resolvedAt: new Date("2026-09-12T10:00:00Z"), resolvedById: ids.officer, resolution: "Added to the evidence asked for." },
  });
  for (const [key, supplierId] of Object.entries(ids.suppliers) as [keyof typeof evidence, string][]) {
    await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplierId, invitedById: ids.officer } });
    const response = await tx.response.create({
      data: { assessmentId: assessment.id, supplierOrganisationId: supplierId, status: "submitted", evidence: JSON.stringify(evidence[key]), submittedAt: new Date("2026-10-29T16:00:00Z"), reference: `CCC-2026-014-${key.toUpperCase()}` },
    });
    await tx.responseAnswer.createMany({
      data: criteria.map((criterion, index) => ({
        responseId: response.id,
        criterionId: criterion.id,
        answer: index === 0 ? firstAnswers[key] : `See our evidence for ${criterion.titleEn}.`,
        updatedById: ids.authors[key],
      })),
    });
    await sealSeededSubmission(tx, response.id);
    // Both evaluators declared no conflict of interest before scoring, as the service asks.
    await tx.conflictDeclaration.createMany({ data: [ids.officer, ids.specialist].map((evaluatorId) => ({ assessmentId: assessment.id, evaluatorId, supplierOrganisationId: supplierId, hasConflict: false })) });
    const [officerScores, specialistScores] = scores[key];
    await tx.evaluatorScore.createMany({
      data: criteria.flatMap((criterion, index) => [
        { assessmentId: assessment.id, responseId: response.id, criterionId: criterion.id, evaluatorId: ids.officer, score: officerScores[index], justification: "Scored against the descriptors and the evidence submitted." },
        { assessmentId: assessment.id, responseId: response.id, criterionId: criterion.id, evaluatorId: ids.specialist, score: specialistScores[index], justification: "Scored against the descriptors and the evidence submitted." },
      ]),
    });
    if (key === "cwmwl") {
      // Officer 3, specialist 1: a divergence of 2 on the second criterion, moderated to a consensus.
      await tx.moderatedScore.create({ data: { assessmentId: assessment.id, responseId: response.id, criterionId: criteria[1].id, score: 2, rationale: "Strategies exist but adaptation is not yet costed; agreed at moderation on 3 November 2026.", moderatorId: ids.officer } });
    }
  }
  await recordAuditEvent(tx, { organisationId: ids.buyer, actorOrganisationId: null, actorUserId: null, action: "assessment.seeded", subjectType: "Assessment", subjectId: assessment.id, after: { reference: "CCC-2026-014" } });
}
