// Three published, fully scored tenders of Caerwen County Council, one of each size, on top of the demo data.
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import { criterionData } from "@/lib/server/assessments/criterion-data";
import type { Db } from "@/lib/server/db";
import { criteriaDrafts } from "./criteria";
import { DEADLINE, OFFICER, SIZES, SPECIALIST, THIRD_EVALUATOR, type Seeded } from "./settings";
import { supplierEvidence, supplierName } from "./suppliers";

const BATCH = 2000;

const justifications = [
  "Scored against the descriptors and the evidence submitted.",
  "The response meets the requirement; the evidence is dated and specific to this contract.",
  "Commitments are clear but only partly evidenced; no independent verification was provided.",
  "Strong response with figures for the last two reporting years and named owners for each action.",
];

/** Scores 0–4: each evaluator gives the supplier's base score or one more, so no pair diverges by more than 1. */
function score(supplier: number, criterion: number, evaluator: number) {
  const base = Math.min(3, Math.floor(((supplier * 37 + criterion * 11) % 17) / 4.25) + (supplier % 5 === 0 ? 1 : 0));
  return base + ((supplier + criterion + evaluator) % 3 === 0 ? 1 : 0);
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

export async function seedLargeTenders(db: Db): Promise<Seeded[]> {
  const caerwen = await db.organisation.findFirstOrThrow({ where: { nameEn: "Caerwen County Council" } });
  const officer = await db.user.findUniqueOrThrow({ where: { email: OFFICER } });
  const specialist = await db.user.findUniqueOrThrow({ where: { email: SPECIALIST } });
  const third = await db.user.create({ data: { email: THIRD_EVALUATOR, name: "Ffion Lloyd", preferredLanguage: "cy" } });
  await db.membership.create({ data: { userId: third.id, organisationId: caerwen.id, role: "sustainability-specialist" } });
  const evaluators = [officer.id, specialist.id, third.id];

  const most = Math.max(...SIZES.map((size) => size.suppliers));
  const suppliers = await db.organisation.createManyAndReturn({
    data: Array.from({ length: most }, (_, index) => ({ kind: "supplier", nameEn: supplierName(index), nameCy: index % 4 === 0 ? `${supplierName(index).replace(/ Ltd$/, "")} Cyf` : null, nation: index % 3 === 0 ? "wales" : "england" })),
    select: { id: true },
  });

  const scale = scalePresets["0-4"].points;
  const seeded: Seeded[] = [];
  for (const size of SIZES) {
    const reference = `CCC-2026-${size.key.toUpperCase()}`;
    const assessment = await db.assessment.create({
      data: {
        organisationId: caerwen.id,
        title: `ICT managed services framework (${size.suppliers} suppliers, ${size.criteria} criteria)`,
        reference,
        description: "Managed desktop, hosting and network services for the council and its schools, for four years.",
        nation: "wales",
        annualContractValue: 12_500_000,
        carbonReductionPlanRequired: true,
        responseDeadline: DEADLINE,
        scale: JSON.stringify(scale),
        divergenceThreshold: 1,
        frameworkId: latestFramework.id,
        frameworkVersion: latestFramework.version,
        frameworkLevel: "2020",
        languages: "en+cy",
        status: "published",
        publishedAt: new Date("2026-09-01T09:00:00Z"),
        createdById: officer.id,
      },
    });
    const criteria = await db.assessmentCriterion.createManyAndReturn({
      data: criteriaDrafts(size.criteria).map((draft, position) => ({
        assessmentId: assessment.id,
        position,
        ...criterionData(draft),
        ...(draft.rule === "OTHER" ? { category: "social-value" } : {}),
      })),
      select: { id: true },
    });
    await db.assessmentSpecialist.createMany({ data: [specialist.id, third.id].map((userId) => ({ assessmentId: assessment.id, userId, addedById: officer.id })) });
    const bidders = suppliers.slice(0, size.suppliers);
    await db.supplierInvitation.createMany({
      data: bidders.map((supplier) => ({ assessmentId: assessment.id, supplierOrganisationId: supplier.id, invitedById: officer.id, acceptedAt: new Date("2026-09-05T10:00:00Z") })),
    });
    const responses = await db.response.createManyAndReturn({
      data: bidders.map((supplier, index) => ({
        assessmentId: assessment.id,
        supplierOrganisationId: supplier.id,
        status: "submitted",
        evidence: JSON.stringify(supplierEvidence(index)),
        startedAt: new Date("2026-09-10T09:00:00Z"),
        submittedAt: new Date(DEADLINE.getTime() - (index + 1) * 60_000),
        reference: `${reference}-${String(index + 1).padStart(3, "0")}`,
      })),
      select: { id: true },
    });
    const scores = responses.flatMap((response, s) =>
      criteria.flatMap((criterion, c) =>
        evaluators.map((evaluatorId, e) => ({
          assessmentId: assessment.id,
          responseId: response.id,
          criterionId: criterion.id,
          evaluatorId,
          score: score(s, c, e),
          justification: justifications[(s + c + e) % justifications.length],
        })),
      ),
    );
    await inBatches(scores, (batch) => db.evaluatorScore.createMany({ data: batch }));
    seeded.push({ key: size.key, id: assessment.id, suppliers: size.suppliers, criteria: size.criteria, scores: scores.length, firstSupplierId: bidders[0].id });
  }
  return seeded;
}
