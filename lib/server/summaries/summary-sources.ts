import "server-only";
import type { Nation } from "@/lib/domain/organisations/roles";
import { db } from "@/lib/server/db";
import type { SummarySources } from "@/lib/server/assessments/export-models";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import type { ResultsOutcome } from "@/lib/server/assessments/get-results";

type Results = Extract<ResultsOutcome, { kind: "results" }>;

/**
 * Who the assessed suppliers are, for their summaries: the name (with its Welsh form), its identifier in a public
 * register (as its admins entered it on the organisation page), the tender's reference and a
 * contact (the supplier's first admin, who submits tenders); the buyer organisation's nation, which decides the law
 * cited; the evaluators' words. Read within the assessment row the caller has already authorised; five queries
 * whatever the numbers.
 */
export async function loadSummarySources(assessment: AssessmentView, results: Results): Promise<SummarySources> {
  const supplierIds = results.outcome.result.suppliers.map((s) => s.supplierId);
  const [buyer, organisations, responses, admins, evaluatorWords] = await Promise.all([
    db.organisation.findFirstOrThrow({ where: { id: assessment.organisationId, kind: "buyer" }, select: { nation: true } }),
    db.organisation.findMany({ where: { id: { in: supplierIds }, kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true, identifierScheme: true, identifierId: true } }),
    db.response.findMany({ where: { assessmentId: assessment.id, supplierOrganisationId: { in: supplierIds }, status: "submitted" }, select: { supplierOrganisationId: true, reference: true } }),
    db.membership.findMany({ where: { organisationId: { in: supplierIds }, role: "supplier-admin" }, orderBy: { createdAt: "asc" }, select: { organisationId: true, user: { select: { email: true } } } }),
    results.evaluatorWords(),
  ]);
  const referenceOf = new Map(responses.map((r) => [r.supplierOrganisationId, r.reference]));
  const contactOf = new Map<string, string>();
  for (const admin of admins) if (!contactOf.has(admin.organisationId)) contactOf.set(admin.organisationId, admin.user.email);
  return {
    buyerNation: buyer.nation as Nation,
    suppliers: new Map(organisations.map((o) => [o.id, { name: { en: o.nameEn, cy: o.nameCy || o.nameEn }, identifier: o.identifierScheme && o.identifierId ? `${o.identifierScheme}-${o.identifierId}` : null, tenderReference: referenceOf.get(o.id) ?? null, contact: contactOf.get(o.id) ?? null }])),
    evaluatorWords,
  };
}
