import "server-only";
import { kpiKindInfo, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { AssessmentRef } from "@/lib/domain/notifications";
import type { Tx } from "@/lib/server/db";
import { enqueue, organisationRecipients } from "@/lib/server/notifications/enqueue";
import { absoluteLink } from "@/lib/server/notifications/links";

// What contract events tell whom, queued in the transaction of the change (see lib/server/notifications/events.ts).

type ContractRow = { id: string; assessmentId: string; organisationId: string; supplierOrganisationId: string };

async function contractContext(tx: Tx, contract: ContractRow): Promise<{ ref: AssessmentRef; nation: string }> {
  const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: contract.assessmentId }, select: { title: true, titleCy: true, reference: true, nation: true } });
  const buyer = await tx.organisation.findUniqueOrThrow({ where: { id: contract.organisationId }, select: { nameEn: true, nameCy: true } });
  return { ref: { title: { en: assessment.title, cy: assessment.titleCy }, reference: assessment.reference, buyer: { en: buyer.nameEn, cy: buyer.nameCy } }, nation: assessment.nation };
}

/** To the supplier's people: a year's report is asked for, due soon or overdue. Once per contract, year, reason and `occasion`. */
export async function notifyContractReportDue(tx: Tx, contract: ContractRow, input: { contractYear: number; dueOn: string; reason: "requested" | "due-soon" | "overdue"; occasion: string }, now?: Date): Promise<number> {
  const { ref, nation } = await contractContext(tx, contract);
  let queued = 0;
  for (const recipient of await organisationRecipients(tx, contract.supplierOrganisationId)) {
    const added = await enqueue(tx, {
      key: `contract-report-due:${contract.id}:${input.contractYear}:${input.reason}:${input.occasion}`,
      kind: "contract-report-due",
      params: { assessment: ref, contractYear: input.contractYear, dueOn: input.dueOn, reason: input.reason, link: absoluteLink(`/contracts/${contract.id}/reports/${input.contractYear}`) },
      recipient,
      senderNation: nation,
    }, now);
    if (added) queued += 1;
  }
  return queued;
}

/** To the buyer's officers and sustainability specialists: a report is in, to review. */
export async function notifyContractReportSubmitted(tx: Tx, contract: ContractRow, input: { contractYear: number; reportReference: string }) {
  const { ref, nation } = await contractContext(tx, contract);
  const supplier = await tx.organisation.findUniqueOrThrow({ where: { id: contract.supplierOrganisationId }, select: { nameEn: true, nameCy: true } });
  for (const recipient of await organisationRecipients(tx, contract.organisationId, ["procurement-officer", "sustainability-specialist"])) {
    await enqueue(tx, {
      key: `contract-report-submitted:${contract.id}:${input.contractYear}`,
      kind: "contract-report-submitted",
      params: { assessment: ref, supplier: { en: supplier.nameEn, cy: supplier.nameCy }, contractYear: input.contractYear, reportReference: input.reportReference, link: absoluteLink(`/contracts/${contract.id}`) },
      recipient,
      senderNation: nation,
    });
  }
}

/** To the supplier's people: a KPI in their report is queried, with the specialist's reason. Once per review. */
export async function notifyKpiQueried(tx: Tx, contract: ContractRow, input: { reviewId: string; contractYear: number; kind: KpiKind; reason: string }) {
  const { ref, nation } = await contractContext(tx, contract);
  for (const recipient of await organisationRecipients(tx, contract.supplierOrganisationId)) {
    await enqueue(tx, {
      key: `kpi-queried:${input.reviewId}`,
      kind: "kpi-queried",
      params: { assessment: ref, contractYear: input.contractYear, kpi: kpiKindInfo[input.kind].name, reason: input.reason, link: absoluteLink(`/contracts/${contract.id}/reports/${input.contractYear}`) },
      recipient,
      senderNation: nation,
    });
  }
}

/** To the buyer's sustainability specialists: the supplier has answered a query. Once per answer. */
export async function notifyKpiQueryAnswered(tx: Tx, contract: ContractRow, input: { answerId: string; contractYear: number; kind: KpiKind; reply: string }) {
  const { ref, nation } = await contractContext(tx, contract);
  const supplier = await tx.organisation.findUniqueOrThrow({ where: { id: contract.supplierOrganisationId }, select: { nameEn: true, nameCy: true } });
  for (const recipient of await organisationRecipients(tx, contract.organisationId, ["sustainability-specialist"])) {
    await enqueue(tx, {
      key: `kpi-query-answered:${input.answerId}`,
      kind: "kpi-query-answered",
      params: { assessment: ref, supplier: { en: supplier.nameEn, cy: supplier.nameCy }, contractYear: input.contractYear, kpi: kpiKindInfo[input.kind].name, reply: input.reply, link: absoluteLink(`/contracts/${contract.id}/reports/${input.contractYear}/kpis/${input.kind}`) },
      recipient,
      senderNation: nation,
    });
  }
}
