// The deadline rush's tender: one buyer, one published assessment of three criteria, and `count` suppliers each
// invited, signed up (admin{i}@supplier{i}.example) and with every answer written, ready to submit.
import { hashPassword } from "@/lib/server/auth/password";
import { createDb } from "@/lib/server/db";

export const RUSH_PASSWORD = "Bench-password-2026";

export async function seedRush(databaseUrl: string, count: number): Promise<{ assessmentId: string; suppliers: string[] }> {
  const db = createDb(databaseUrl);
  try {
    const passwordHash = await hashPassword(RUSH_PASSWORD);
    const buyer = await db.organisation.create({ data: { kind: "buyer", nameEn: "Rush Council", nation: "wales" } });
    const officer = await db.user.create({ data: { email: "officer@rush.example", name: "Rush Officer", passwordHash } });
    await db.membership.create({ data: { userId: officer.id, organisationId: buyer.id, role: "procurement-officer" } });
    const assessment = await db.assessment.create({
      data: {
        organisationId: buyer.id, title: "Rush hour", reference: "RUSH-1", nation: "wales", annualContractValue: 1000, carbonReductionPlanRequired: false,
        responseDeadline: new Date(Date.now() + 60 * 60_000), scale: "[]", divergenceThreshold: 1, frameworkId: "f", frameworkVersion: "1", frameworkLevel: "2020",
        languages: "en", status: "published", createdById: officer.id,
        criteria: { create: [0, 1, 2].map((position) => ({ position, rule: "BR1", titleEn: `Criterion ${position + 1}`, questionEn: "Describe it.", weight: position === 0 ? 34 : 33 })) },
      },
      include: { criteria: true },
    });
    const suppliers: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const email = `admin${index}@supplier${index}.example`;
      const organisation = await db.organisation.create({ data: { kind: "supplier", nameEn: `Supplier ${index} Ltd`, nation: "england" } });
      const user = await db.user.create({ data: { email, name: `Admin ${index}`, passwordHash } });
      await db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "supplier-admin" } });
      await db.supplierInvitation.create({ data: { assessmentId: assessment.id, supplierOrganisationId: organisation.id, invitedById: officer.id } });
      const response = await db.response.create({ data: { assessmentId: assessment.id, supplierOrganisationId: organisation.id } });
      await db.responseAnswer.createMany({ data: assessment.criteria.map((criterion) => ({ responseId: response.id, criterionId: criterion.id, answer: `Answer of supplier ${index}`, updatedById: user.id })) });
      suppliers.push(email);
    }
    return { assessmentId: assessment.id, suppliers };
  } finally {
    await db.$disconnect();
  }
}
