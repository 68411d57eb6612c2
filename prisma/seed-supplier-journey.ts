// Demo data for the supplier's journey, added to the demo seed: an open assessment a demo supplier can respond to.
import { fromLondonTime, toLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { initialCriteria } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import { welshTitle } from "./seed-welsh-title";
import type { Tx } from "@/lib/server/db";
import { completePlan } from "./demo-evidence";

export type SeedIds = { organisations: Record<string, string>; users: Record<string, string> };

/** Noon, UK time, a number of days from now: the deadline stays in the future whenever the demo is seeded. */
function noonInDays(days: number): Date {
  const day = toLondonTime(new Date(Date.now() + days * 86_400_000));
  return fromLondonTime(day.year, day.month, day.day, 12, 0)!;
}

// Greenbyte keeps its evidence once, for every buyer. The CDP score is out of date on purpose: it shows as expired.
const greenbyteProfile = {
  evidence: {
    sbti: { status: "net-zero-targets-set", asAt: "2026-02-10" },
    cdp: { score: "B", asAt: "2024-12-05" },
    iso14001: { asAt: "2025-09-01", expiresOn: "2028-08-31" },
    modernSlaveryStatement: { registryUrl: "https://modern-slavery-statement-registry.service.gov.uk/", financialYearEnd: "2026-03-31", asAt: "2026-06-30" },
    msat: { asAt: "2026-04-15" },
    waste: { percentLandfilled: 0, percentReusedOrRecycled: 92, percentReusedOrRecycledPreviousYear: 88, percentRefurbishedOrRemanufactured: 35 },
  },
  carbonReductionPlan: { ...completePlan(2040, "Jordan Reid"), publicationUrl: "https://greenbyte.example/carbon-reduction-plan" },
};

export async function seedSupplierJourney(tx: Tx, ids: SeedIds): Promise<void> {
  const buyer = ids.organisations.caerwen;
  const officer = ids.users["officer@caerwen.example"];
  const scale = scalePresets["0-4"].points;
  const open = [
    {
      title: { en: "Managed desktops and hosting", cy: "Byrddau gwaith a reolir a lletya" }, reference: "CCC-2026-031",
      description: { en: "Desktop support and hosting for the council's offices and schools, for three years.", cy: "Cymorth bwrdd gwaith a lletya ar gyfer swyddfeydd ac ysgolion y cyngor, am dair blynedd." }, suppliers: ["greenbyte", "cwmwl"],
      conditions: [{ questionEn: "Hold Cyber Essentials Plus certification", questionCy: "Meddu ar ardystiad Cyber Essentials Plus" }],
    },
    {
      title: { en: "Network refresh", cy: "Adnewyddu’r rhwydwaith" }, reference: "CCC-2026-032",
      description: { en: "Replacing the switches and wireless access points in council buildings.", cy: "Newid y switshis a’r pwyntiau mynediad diwifr yn adeiladau’r cyngor." }, suppliers: ["greenbyte"], conditions: [],
    },
  ];
  for (const item of open) {
    const assessment = await tx.assessment.create({
      data: {
        organisationId: buyer, ...welshTitle(item.title, item.description), reference: item.reference, nation: "wales", annualContractValue: 1_200_000,
        carbonReductionPlanRequired: false, responseDeadline: noonInDays(60), scale: JSON.stringify(scale), divergenceThreshold: 1,
        frameworkId: latestFramework.id, frameworkVersion: latestFramework.version, frameworkLevel: "2020", languages: "en+cy",
        status: "published", publishedAt: new Date(), createdById: officer,
      },
    });
    const drafts = initialCriteria(latestFramework, "2020", scale);
    await tx.assessmentCriterion.createMany({ data: drafts.map((draft, position) => ({ assessmentId: assessment.id, position, ...criterionData(draft) })) });
    await tx.assessmentGate.createMany({ data: item.conditions.map((condition, position) => ({ assessmentId: assessment.id, position, ...condition })) });
    for (const key of item.suppliers) await tx.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: ids.organisations[key], invitedById: officer } });
    await recordAuditEvent(tx, { organisationId: buyer, actorOrganisationId: null, actorUserId: null, action: "assessment.seeded", subjectType: "Assessment", subjectId: assessment.id, after: { reference: item.reference } });
  }
  await tx.evidenceProfile.create({ data: { organisationId: ids.organisations.greenbyte, evidence: JSON.stringify(greenbyteProfile), updatedById: ids.users["admin@greenbyte.example"] } });
  await recordAuditEvent(tx, { organisationId: ids.organisations.greenbyte, actorOrganisationId: null, actorUserId: null, action: "evidence-profile.seeded", subjectType: "EvidenceProfile", subjectId: ids.organisations.greenbyte });
}
