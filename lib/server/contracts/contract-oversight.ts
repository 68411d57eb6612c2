import "server-only";
import { contractYears } from "@/lib/domain/contracts/contract-years";
import type { KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import { yearHasEnded, type KpiReview } from "@/lib/domain/contracts/kpi-status";
import { londonDay } from "@/lib/domain/responses/deadline";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { canEditContract, canReviewKpis, dayOf } from "./access";
import { readKpis, readKpisToChange } from "./contract-data";
import { notifyContractReportDue, notifyKpiQueried } from "./contract-events";

// The buyer's side once a contract runs: the specialist reviews each KPI reported, the officer sets targets and
// asks for reports. Each finds the contract within the actor's own organisation, and its children within it.

const contractSelect = { id: true, assessmentId: true, organisationId: true, supplierOrganisationId: true, startsOn: true, endsOn: true, kpis: true, version: true } as const;

const buyerContract = (tx: Tx, actor: Actor, contractId: string) => tx.contract.findFirst({ where: byIdInOrganisation(actor, contractId), select: contractSelect });

const audit = (tx: Tx, actor: Actor, contractId: string, action: string, after: unknown) =>
  recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action, subjectType: "Contract", subjectId: contractId, after });

/**
 * The specialist agrees or queries one KPI of a submitted report, saying whether it is on or off track and why. A
 * second review of the same KPI replaces the first (the audit keeps both). A query is sent to the supplier.
 */
export async function reviewKpi(actor: Actor, contractId: string, year: number, kind: KpiKind, review: KpiReview) {
  if (!canReviewKpis(actor)) return null;
  return db.$transaction(async (tx) => {
    const contract = await buyerContract(tx, actor, contractId);
    if (!contract || !readKpis(contract.kpis).some((kpi) => kpi.kind === kind)) return null;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } }, select: { id: true, status: true } });
    if (!report || report.status !== "submitted") return null;
    const data = { outcome: review.outcome, status: review.status, reason: review.reason, reviewedById: actor.userId, reviewedAt: new Date() };
    const saved = await tx.contractKpiReview.upsert({ where: { reportId_kpiKind: { reportId: report.id, kpiKind: kind } }, create: { reportId: report.id, kpiKind: kind, ...data }, update: data, select: { id: true, reviewedAt: true } });
    if (review.outcome === "queried") await notifyKpiQueried(tx, contract, { reviewId: `${saved.id}:${saved.reviewedAt.getTime()}`, contractYear: year, kind, reason: review.reason });
    await audit(tx, actor, contract.id, "contract-kpi.reviewed", { year, kind, ...review });
    return { year, kind };
  });
}

/**
 * The officer's targets, KPI by KPI and year by year (null: no target that year). Only the contract's own KPIs are
 * changed, each only where a target differs from what was there; at the version the officer was looking at, or not
 * at all (`stale`, with the version now saved).
 */
export async function changeTargets(actor: Actor, contractId: string, version: number, targets: Partial<Record<KpiKind, (number | null)[]>>): Promise<{ saved: { contractId: string } } | { stale: { version: number } } | null> {
  if (!canEditContract(actor)) return null;
  return db.$transaction(async (tx): Promise<{ saved: { contractId: string } } | { stale: { version: number } } | null> => {
    const contract = await buyerContract(tx, actor, contractId);
    if (!contract) return null;
    const years = contractYears(dayOf(contract.startsOn), dayOf(contract.endsOn)).length;
    const before = readKpisToChange(contract.kpis);
    const after = before.map((kpi) => {
      const given = targets[kpi.kind];
      if (!given || given.length !== years || given.every((target, i) => target === kpi.targets[i])) return kpi;
      return { ...kpi, targets: given, targetsSetBy: "officer" as const };
    });
    // Changed meanwhile (by another officer, or a first report's baselines): nothing is written, and the officer is
    // given the version now saved to check their targets against and save again.
    if (contract.version !== version) return { stale: { version: contract.version } };
    const claimed = await tx.contract.updateMany({ where: { id: contract.id, version }, data: { kpis: JSON.stringify(after), version: { increment: 1 } } });
    if (claimed.count !== 1) return { stale: { version: contract.version + 1 } };
    await audit(tx, actor, contract.id, "contract.targets-changed", { before: before.map((k) => [k.kind, k.targets]), after: after.map((k) => [k.kind, k.targets]) });
    return { saved: { contractId: contract.id } };
  });
}

/** The officer asks the supplier for a year's report (once a day at most per year): its people are e-mailed. */
export async function requestReport(actor: Actor, contractId: string, year: number, now = new Date()) {
  if (!canEditContract(actor)) return null;
  return db.$transaction(async (tx) => {
    const contract = await buyerContract(tx, actor, contractId);
    if (!contract) return null;
    const contractYear = contractYears(dayOf(contract.startsOn), dayOf(contract.endsOn)).find((y) => y.year === year);
    if (!contractYear) return null;
    if (!yearHasEnded(contractYear, londonDay(now))) throw new AppError("REPORT_TOO_EARLY", "contractReport.requestTooEarly");
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } }, select: { status: true } });
    if (report?.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.alreadySubmitted");
    const queued = await notifyContractReportDue(tx, contract, { contractYear: year, dueOn: contractYear.reportDue, reason: "requested", occasion: now.toISOString().slice(0, 10) }, now);
    await audit(tx, actor, contract.id, "contract-report.requested", { year });
    return { year, queued };
  });
}
