import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import type { Db } from "@/lib/server/db";
import { createOrganisation } from "./use-test-database";

/** A supplier organisation invited to a buyer's open assessment of one criterion, for tests of what suppliers send. */
export async function invitedSupplier(db: Db) {
  const buyer = await createOrganisation(db, "buyer", ["procurement-officer"]);
  const supplier = await createOrganisation(db, "supplier", ["supplier-admin"]);
  const assessment = await db.assessment.create({
    data: {
      organisationId: buyer.organisation.id, title: "Cloud hosting", reference: "REF-8", nation: "wales", annualContractValue: 1000, carbonReductionPlanRequired: false,
      responseDeadline: new Date(Date.now() + 86_400_000), scale: JSON.stringify(scalePresets["0-4"].points), divergenceThreshold: 1, frameworkId: latestFramework.id, frameworkVersion: latestFramework.version, frameworkLevel: "2020", languages: "en",
      status: "published", createdById: buyer.actors[0].userId,
      criteria: { create: [{ position: 0, rule: "BR1", titleEn: "Criterion", titleCy: "Maen prawf", questionEn: "Why?", questionCy: "Pam?", weight: 100 }] },
    },
    include: { criteria: true },
  });
  await db.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplier.organisation.id, invitedById: buyer.actors[0].userId } });
  return { actor: supplier.actors[0], buyer: buyer.actors[0], assessmentId: assessment.id, criterionId: assessment.criteria[0].id };
}
