// Demo data for the specialist's journey, added to the demo seed: an assessment past its deadline with submitted
// responses waiting to be scored.
import { initialCriteria } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import type { Tx } from "@/lib/server/db";
import { sealSeededSubmission } from "./seed-submissions";
import type { SeedIds } from "./seed-supplier-journey";
import { welshTitle } from "./seed-welsh-title";


const evidence = {
  greenbyte: {
    evidence: {
      sbti: { status: "net-zero-targets-set", asAt: "2026-02-10" },
      iso14001: { asAt: "2025-09-01", expiresOn: "2028-08-31" },
      waste: { percentLandfilled: 0, percentReusedOrRecycled: 92, percentRefurbishedOrRemanufactured: 35, percentRefurbishedOrRemanufacturedPreviousYear: 28 },
      policies: { circularIctPolicy: true, designedForDurabilityRepairAndRecycling: true },
      supplyChain: { tier1PercentWithData: 85, tier2PercentWithData: 40 },
      modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: "2026-06-30" },
    },
  },
  cwmwl: {
    evidence: {
      sbti: { status: "committed", asAt: "2026-03-01" },
      ecoVadis: { score: 68, medal: "gold", asAt: "2026-01-20" },
      waste: { percentLandfilled: 2, percentReusedOrRecycled: 81 },
      policies: { circularIctPolicy: true },
    },
  },
  hafod: { evidence: { sbti: { status: "committed", asAt: "2026-01-05" }, epeat: { tier: "silver", asAt: "2026-04-01" } } },
};

const answers = {
  greenbyte: { language: "en", text: "Our net-zero target is validated by SBTi; our 2040 road map and annual progress report are published on our website." },
  cwmwl: { language: "cy", text: "Rydym wedi ymrwymo i dargedau sy’n seiliedig ar wyddoniaeth ac yn adrodd ar ein cynnydd bob blwyddyn." },
  hafod: { language: "en", text: "We have committed to setting science-based targets and will publish them next year." },
} as const;

const supplierAdmins = { greenbyte: "admin@greenbyte.example", cwmwl: "admin@cwmwlglas.example", hafod: "admin@hafodsystems.example" } as const;

export async function seedScoringJourney(tx: Tx, ids: SeedIds): Promise<void> {
  const officer = ids.users["officer@caerwen.example"];
  const specialist = ids.users["specialist@caerwen.example"];

  const scale = scalePresets["0-4"].points;
  const assessment = await tx.assessment.create({
    data: {
      organisationId: ids.organisations.caerwen,
      ...welshTitle(
        { en: "End-user devices and support", cy: "Dyfeisiau defnyddwyr a chymorth" },
        { en: "Laptops, desktops and their support for council staff, for three years.", cy: "Gliniaduron, cyfrifiaduron bwrdd gwaith a’r cymorth ar eu cyfer i staff y cyngor, am dair blynedd." },
      ),
      reference: "CCC-2026-021",
      awardShare: 20,
      procurementCategory: "goods",
      nation: "wales",
      annualContractValue: 900_000,
      carbonReductionPlanRequired: false,
      // Always just past, whenever the demo is seeded: responses are unsealed and waiting to be scored.
      responseDeadline: new Date(Date.now() - 2 * 86_400_000),
      scale: JSON.stringify(scale),
      divergenceThreshold: 1,
      frameworkId: latestFramework.id,
      frameworkVersion: latestFramework.version,
      frameworkLevel: "2020",
      languages: "en+cy",
      status: "published",
      publishedAt: new Date(Date.now() - 30 * 86_400_000),
      createdById: officer,
    },
  });
  await tx.assessmentCriterion.createMany({ data: initialCriteria(latestFramework, "2020", scale).map((draft, position) => ({ assessmentId: assessment.id, position, ...criterionData(draft) })) });
  const criteria = await tx.assessmentCriterion.findMany({ where: { assessmentId: assessment.id }, orderBy: { position: "asc" } });
  await tx.assessmentSpecialist.create({ data: { assessmentId: assessment.id, userId: specialist, addedById: officer } });
  for (const key of ["greenbyte", "cwmwl", "hafod"] as const) {
    const supplierId = ids.organisations[key];
    await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplierId, invitedById: officer, acceptedAt: new Date(Date.now() - 20 * 86_400_000) } });
    const response = await tx.response.create({
      data: { assessmentId: assessment.id, supplierOrganisationId: supplierId, status: "submitted", evidence: JSON.stringify(evidence[key]), submittedAt: new Date(Date.now() - 3 * 86_400_000), reference: `CCC-2026-021-${key.toUpperCase()}` },
    });
    await tx.responseAnswer.createMany({
      data: criteria.map((criterion, index) => ({
        responseId: response.id,
        criterionId: criterion.id,
        answer: index === 0 ? answers[key].text : `${answers[key].language === "cy" ? "Gweler ein tystiolaeth ar gyfer" : "See our evidence for"} ${answers[key].language === "cy" ? criterion.titleCy || criterion.titleEn : criterion.titleEn}.`,
        language: answers[key].language,
        updatedById: ids.users[supplierAdmins[key]],
      })),
    });
    await sealSeededSubmission(tx, response.id);
  }
  await recordAuditEvent(tx, { organisationId: ids.organisations.caerwen, actorOrganisationId: null, actorUserId: null, action: "assessment.seeded", subjectType: "Assessment", subjectId: assessment.id, after: { reference: "CCC-2026-021" } });
}
