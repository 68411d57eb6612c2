import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { contractYears, reportableYears, type ContractYear } from "@/lib/domain/contracts/contract-years";
import type { KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import { kpisNeedingExplanation, yearHasEnded } from "@/lib/domain/contracts/kpi-status";
import { withFirstReportBaseline } from "@/lib/domain/contracts/kpi-targets";
import { contractEmissions, kpiValue, type ReportFigures } from "@/lib/domain/contracts/report-figures";
import { londonDay } from "@/lib/domain/responses/deadline";
import { canonicalJson, submissionReference } from "@/lib/domain/responses/submission";
import type { Actor } from "@/lib/server/auth/actor";
import { readableContract } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, Prisma, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { canReport, dayOf } from "./access";
import { readFigures, readKpis } from "./contract-data";
import { notifyContractReportSubmitted, notifyKpiQueryAnswered } from "./contract-events";

/**
 * The supplier's contract, and the contract year it reports on, within the supplier's own organisation: a year that
 * has begun. Null for anyone else, or a year the contract does not have.
 */
export async function reportingContract(tx: Tx, actor: Actor, contractId: string, year: number, now: Date) {
  if (!canReport(actor)) return null;
  const where = readableContract(actor, contractId);
  const contract = where && (await tx.contract.findFirst({ where, select: { id: true, assessmentId: true, organisationId: true, supplierOrganisationId: true, startsOn: true, endsOn: true, kpis: true } }));
  if (!contract) return null;
  const contractYear = reportableYears(contractYears(dayOf(contract.startsOn), dayOf(contract.endsOn)), londonDay(now)).find((y) => y.year === year);
  return contractYear ? { contract, contractYear } : null;
}

const audit = (tx: Tx, actor: Actor, contract: { id: string; organisationId: string }, action: string, after: unknown) =>
  recordAuditEvent(tx, { organisationId: contract.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action, subjectType: "Contract", subjectId: contract.id, after });

/** The year's report as the supplier sees it: the draft (or submission) and its version; null if no such year. */
export async function getOwnReport(actor: Actor, contractId: string, year: number, now = new Date()) {
  const found = await reportingContract(db, actor, contractId, year, now);
  if (!found) return null;
  const report = await db.contractReport.findUnique({
    where: { contractId_contractYear: { contractId: found.contract.id, contractYear: year } },
    include: { files: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } } },
  });
  return {
    contractYear: found.contractYear,
    kpis: readKpis(found.contract.kpis),
    status: report?.status === "submitted" ? ("submitted" as const) : ("draft" as const),
    figures: report ? readFigures(report.figures) : null,
    version: report?.version ?? 0,
    reference: report?.reference ?? null,
    receiptHash: report?.receiptHash ?? null,
    submittedAt: report?.submittedAt ?? null,
    files: report?.files ?? [],
  };
}

/**
 * Saves the year's report as a draft. `version` is the one the supplier was looking at (0 before the first save):
 * two people saving at once cannot both win; the second is told and keeps what they typed. A submitted report is
 * fixed.
 */
export async function saveReportDraft(actor: Actor, contractId: string, year: number, figures: ReportFigures, version: number, now = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      const found = await reportingContract(tx, actor, contractId, year, now);
      if (!found) return null;
      const { contract } = found;
      const existing = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } }, select: { id: true, status: true, version: true } });
      if (existing?.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted");
      const data = { figures: JSON.stringify(figures), updatedById: actor.userId };
      if (!existing) {
        if (version !== 0) throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
        await tx.contractReport.create({ data: { contractId: contract.id, contractYear: year, ...data } });
      } else {
        const saved = await tx.contractReport.updateMany({ where: { id: existing.id, version, status: "draft" }, data: { ...data, version: { increment: 1 } } });
        if (saved.count !== 1) throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
      }
      await audit(tx, actor, contract, "contract-report.saved", { year });
      return { year };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
    throw error;
  }
}

/** A report's files in a fixed order (name, then hash), for its receipt. */
export function reportFilesInOrder(files: readonly { fileName: string; sha256: string; size: number }[]) {
  return [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
}

/**
 * What stops a draft being submitted: the year still running, no contract emissions, or a missed target or a missing
 * figure without its explanation.
 */
export function submissionProblem(kpis: ReturnType<typeof readKpis>, contractYear: ContractYear, figures: ReportFigures, today: string): string | null {
  if (!yearHasEnded(contractYear, today)) return "contractReport.yearNotEnded";
  if (contractEmissions(figures) === null) return "contractReport.emissionsRequired";
  if (kpisNeedingExplanation(kpis, contractYear, figures).length > 0) return "contractReport.explanationNeeded";
  return null;
}

/**
 * Submits the year's report as saved at `version`: fixed from now on, with a reference and the SHA-256 of its
 * content (its figures and its files' hashes) as a receipt. A first year's report gives the baseline to KPIs that had none. The buyer's officers and
 * specialists are told. Audited in the same transaction.
 */
export async function submitReport(actor: Actor, contractId: string, year: number, version: number, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await reportingContract(tx, actor, contractId, year, now);
    if (!found) return null;
    const { contract, contractYear } = found;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } } });
    if (!report) throw new AppError("REPORT_MISSING", "contractReport.emissionsRequired");
    if (report.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted");
    const figures = readFigures(report.figures);
    const kpis = readKpis(contract.kpis);
    const problem = submissionProblem(kpis, contractYear, figures, londonDay(now));
    if (problem) throw new AppError("REPORT_INCOMPLETE", problem);
    const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: contract.assessmentId }, select: { reference: true } });
    const reference = submissionReference(`${assessment.reference}-Y${year}`, randomBytes(6));
    const files = await tx.contractReportFile.findMany({ where: { reportId: report.id }, select: { fileName: true, sha256: true, size: true } });
    const receiptHash = createHash("sha256").update(canonicalJson({ contractId: contract.id, contractYear: year, reference, submittedAt: now.toISOString(), figures, files: reportFilesInOrder(files) })).digest("hex");
    const submitted = await tx.contractReport.updateMany({
      where: { id: report.id, version, status: "draft" },
      data: { status: "submitted", reference, receiptHash, submittedAt: now, submittedById: actor.userId, version: { increment: 1 } },
    });
    if (submitted.count !== 1) throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
    if (year === 1 && kpis.some((kpi) => kpi.baseline === null)) {
      const withBaselines = kpis.map((kpi) => {
        const value = kpiValue(kpi.kind, figures);
        return value === null ? kpi : withFirstReportBaseline(kpi, value);
      });
      await tx.contract.update({ where: { id: contract.id }, data: { kpis: JSON.stringify(withBaselines), version: { increment: 1 } } });
    }
    await notifyContractReportSubmitted(tx, contract, { contractYear: year, reportReference: reference });
    await audit(tx, actor, contract, "contract-report.submitted", { year, reference, receiptHash });
    return { year, reference };
  });
}

/**
 * The supplier answers the specialist's query on one KPI of its submitted report. The answer is kept beside the
 * review, the specialists are told, and the KPI is theirs to review again. Null unless a query awaits this supplier.
 */
export async function replyToQuery(actor: Actor, contractId: string, year: number, kind: string, reply: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await reportingContract(tx, actor, contractId, year, now);
    if (!found) return null;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: found.contract.id, contractYear: year } }, select: { id: true, status: true } });
    const review = report?.status === "submitted" ? await tx.contractKpiReview.findFirst({ where: { reportId: report.id, kpiKind: kind, outcome: "queried" } }) : null;
    if (!review) return null;
    await tx.contractKpiReview.update({ where: { id: review.id }, data: { reply, repliedAt: now, repliedById: actor.userId } });
    await notifyKpiQueryAnswered(tx, found.contract, { answerId: `${review.id}:${now.getTime()}`, contractYear: year, kind: review.kpiKind as KpiKind, reply });
    await audit(tx, actor, found.contract, "contract-kpi.query-answered", { year, kind: review.kpiKind });
    return { year, kind: review.kpiKind };
  });
}
