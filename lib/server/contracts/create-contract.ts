import "server-only";
import { checkCarbonReductionPlan } from "@/lib/domain/carbon-reduction-plan";
import { kpisFromBid } from "@/lib/domain/contracts/commitments";
import { contractTermsProblem, type ContractTerms } from "@/lib/domain/contracts/contract-terms";
import { contractYears } from "@/lib/domain/contracts/contract-years";
import type { ContractKpi } from "@/lib/domain/contracts/kpi-targets";
import { assessmentDateOf } from "@/lib/domain/dates";
import { standstillPeriod } from "@/lib/domain/lifecycle/standstill";
import type { ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import type { Nation } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, Prisma, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { canEditContract, dateOfDay, dayOf } from "./access";
import { readBid, type Commitments } from "./contract-data";

export type ContractStart = {
  assessment: { id: string; title: string; titleCy: string; reference: string };
  supplier: { id: string; nameEn: string; nameCy: string | null };
  awardedOn: string;
  /** The standstill period's last day (Procurement Act 2023 s.51): the contract starts after it. */
  standstillLastDay: string;
  /** The contract already made from this award, if any. */
  contractId: string | null;
};

const scienceBasedStatuses = new Set(["near-term-targets-set", "net-zero-targets-set"]);

/** What the winning bid committed to, as KPIs over the contract's years, and how its plan and targets stood. */
function fromBid(evidenceJson: string, assessment: { nation: string; responseDeadline: Date }, terms: ContractTerms): { kpis: ContractKpi[]; commitments: Commitments } {
  const bid = readBid(evidenceJson) as ResponseEvidence;
  const assessmentDate = assessmentDateOf(assessment.responseDeadline);
  const plan = checkCarbonReductionPlan(bid.carbonReductionPlan, { nation: assessment.nation as Nation, assessmentDate });
  const sbti = bid.evidence?.sbti;
  return {
    kpis: kpisFromBid(bid, assessmentDate, contractYears(terms.startsOn, terms.endsOn)),
    commitments: { validCarbonReductionPlan: plan.passed, scienceBasedTargets: !!sbti && !sbti.withdrawn && scienceBasedStatuses.has(sbti.status) },
  };
}

async function awardedAssessment(tx: Tx, actor: Actor, assessmentId: string) {
  return tx.assessment.findFirst({
    where: { ...byIdInOrganisation(actor, assessmentId), outcome: "awarded", isTemplate: false },
    select: { id: true, title: true, titleCy: true, reference: true, nation: true, responseDeadline: true, awardedSupplierOrganisationId: true, outcomeDecidedOn: true },
  });
}

/** The award a contract is made from: one of the officer's own organisation's awarded assessments. Null otherwise. */
export async function contractStart(actor: Actor, assessmentId: string): Promise<ContractStart | null> {
  if (!canEditContract(actor)) return null;
  const assessment = await awardedAssessment(db, actor, assessmentId);
  if (!assessment?.awardedSupplierOrganisationId || !assessment.outcomeDecidedOn) return null;
  const [supplier, contract] = await Promise.all([
    db.organisation.findUnique({ where: { id: assessment.awardedSupplierOrganisationId }, select: { id: true, nameEn: true, nameCy: true } }),
    db.contract.findFirst({ where: { assessmentId: assessment.id, organisationId: actor.organisationId }, select: { id: true } }),
  ]);
  if (!supplier) return null;
  const awardedOn = dayOf(assessment.outcomeDecidedOn);
  return { assessment, supplier, awardedOn, standstillLastDay: standstillPeriod(awardedOn).lastDay, contractId: contract?.id ?? null };
}

/**
 * Makes the contract from an award: the supplier awarded, its dates and value, and the KPIs its winning bid
 * committed to (lib/domain/contracts/commitments.ts). One contract per award; audited in the same transaction.
 */
export async function createContract(actor: Actor, assessmentId: string, terms: ContractTerms): Promise<{ contractId: string } | null> {
  if (!canEditContract(actor)) return null;
  try {
    return await db.$transaction(async (tx) => {
      const assessment = await awardedAssessment(tx, actor, assessmentId);
      if (!assessment?.awardedSupplierOrganisationId || !assessment.outcomeDecidedOn) return null;
      const awardedOn = dayOf(assessment.outcomeDecidedOn);
      const problem = contractTermsProblem(terms, awardedOn, standstillPeriod(awardedOn).lastDay);
      if (problem) throw new AppError("CONTRACT_TERMS", problem.key, problem.field === "startsOn" ? "startDay" : "endDay");
      const bid = await tx.response.findFirst({
        where: { assessmentId: assessment.id, supplierOrganisationId: assessment.awardedSupplierOrganisationId, status: "submitted" },
        select: { evidence: true },
      });
      const { kpis, commitments } = fromBid(bid?.evidence ?? "{}", assessment, terms);
      const contract = await tx.contract.create({
        data: {
          organisationId: actor.organisationId,
          assessmentId: assessment.id,
          supplierOrganisationId: assessment.awardedSupplierOrganisationId,
          startsOn: dateOfDay(terms.startsOn),
          endsOn: dateOfDay(terms.endsOn),
          value: terms.value,
          kpis: JSON.stringify(kpis),
          commitments: JSON.stringify(commitments),
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organisationId: actor.organisationId,
        actorOrganisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: "contract.created",
        subjectType: "Contract",
        subjectId: contract.id,
        after: { assessmentId: assessment.id, supplierOrganisationId: assessment.awardedSupplierOrganisationId, ...terms, kpis: kpis.map((k) => k.kind) },
      });
      return { contractId: contract.id };
    });
  } catch (error) {
    // Two officers making the contract at once: the first stands, and the second is told.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONTRACT_EXISTS", "contract.alreadyMade");
    throw error;
  }
}
