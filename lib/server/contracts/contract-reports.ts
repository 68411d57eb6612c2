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
import { canReport, canSubmit, dayOf } from "./access";
import { readFigures, readKpis, readKpisToChange } from "./contract-data";
import { notifyContractReportSubmitted, notifyKpiQueryAnswered } from "./contract-events";

/**
 * The supplier's contract, and the contract year it reports on, within the supplier's own organisation: a year that
 * has begun. Null for anyone else, or a year the contract does not have.
 */
export async function reportingContract(tx: Tx, actor: Actor, contractId: string, year: number, now: Date) {
  if (!canReport(actor)) return null;
  const where = readableContract(actor, contractId);
  const contract = where && (await tx.contract.findFirst({ where, select: { id: true, assessmentId: true, organisationId: true, supplierOrganisationId: true, startsOn: true, endsOn: true, kpis: true, version: true } }));
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
 * two people saving at once cannot both win. The second is given the version now saved, so the form can keep what
 * they typed and let them save again. A submitted report is fixed.
 */
export async function saveReportDraft(actor: Actor, contractId: string, year: number, figures: ReportFigures, version: number, now = new Date()): Promise<{ saved: { year: number } } | { stale: { version: number } } | null> {
  const stale = async () => ({ stale: { version: (await db.contractReport.findFirst({ where: { contractId, contractYear: year, contract: readableContract(actor, contractId) ?? { id: "" } }, select: { version: true } }))?.version ?? 0 } });
  try {
    const saved = await db.$transaction(async (tx) => {
      const found = await reportingContract(tx, actor, contractId, year, now);
      if (!found) return null;
      const { contract } = found;
      const existing = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } }, select: { id: true, status: true, version: true } });
      if (existing?.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted");
      const data = { figures: JSON.stringify(figures), updatedById: actor.userId };
      if (!existing) {
        if (version !== 0) return "stale" as const;
        await tx.contractReport.create({ data: { contractId: contract.id, contractYear: year, ...data } });
      } else {
        const claimed = await tx.contractReport.updateMany({ where: { id: existing.id, version, status: "draft" }, data: { ...data, version: { increment: 1 } } });
        if (claimed.count !== 1) return "stale" as const;
      }
      await audit(tx, actor, contract, "contract-report.saved", { year });
      return { saved: { year } };
    });
    return saved === "stale" ? await stale() : saved;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return stale();
    throw error;
  }
}

/** A report's files in a fixed order (name, then hash), for its receipt. */
function reportFilesInOrder(files: readonly { fileName: string; sha256: string; size: number }[]) {
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
 * content (its figures and its files' hashes) as a receipt. The report row is claimed first, so no file can be added
 * or removed once the receipt is being written. A first year's report gives the baseline to KPIs that had none. The
 * buyer's officers and specialists are told. Audited in the same transaction.
 */
export async function submitReport(actor: Actor, contractId: string, year: number, version: number, now = new Date()) {
  if (!canSubmit(actor)) return null;
  return db.$transaction(async (tx) => {
    const found = await reportingContract(tx, actor, contractId, year, now);
    if (!found) return null;
    const { contract, contractYear } = found;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } } });
    if (!report) throw new AppError("REPORT_MISSING", "contractReport.emissionsRequired");
    if (report.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted");
    const figures = readFigures(report.figures);
    const kpis = readKpisToChange(contract.kpis);
    const problem = submissionProblem(kpis, contractYear, figures, londonDay(now));
    if (problem) throw new AppError("REPORT_INCOMPLETE", problem);
    const claimed = await tx.contractReport.updateMany({
      where: { id: report.id, version, status: "draft" },
      data: { status: "submitted", submittedAt: now, submittedById: actor.userId, version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
    const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: contract.assessmentId }, select: { reference: true } });
    const reference = submissionReference(`${assessment.reference}-Y${year}`, randomBytes(6));
    const files = await tx.contractReportFile.findMany({ where: { reportId: report.id }, select: { fileName: true, sha256: true, size: true } });
    const receiptHash = createHash("sha256").update(canonicalJson({ contractId: contract.id, contractYear: year, reference, submittedAt: now.toISOString(), figures, files: reportFilesInOrder(files) })).digest("hex");
    await tx.contractReport.update({ where: { id: report.id }, data: { reference, receiptHash } });
    if (year === 1 && kpis.some((kpi) => kpi.baseline === null)) {
      const withBaselines = kpis.map((kpi) => {
        const value = kpiValue(kpi.kind, figures);
        return value === null ? kpi : withFirstReportBaseline(kpi, value);
      });
      // At the version read: targets the officer saved meanwhile are never written over.
      const updated = await tx.contract.updateMany({ where: { id: contract.id, version: contract.version }, data: { kpis: JSON.stringify(withBaselines), version: { increment: 1 } } });
      if (updated.count !== 1) throw new AppError("STALE_VERSION", "contractReport.changedByOthers");
      await audit(tx, actor, contract, "contract.baselines-from-first-report", { before: kpis.map((k) => [k.kind, k.baseline, k.targets]), after: withBaselines.map((k) => [k.kind, k.baseline, k.targets]) });
    }
    await notifyContractReportSubmitted(tx, contract, { contractYear: year, reportReference: reference });
    await audit(tx, actor, contract, "contract-report.submitted", { year, reference, receiptHash });
    return { year, reference };
  });
}

/**
 * The supplier answers the specialist's query on one KPI of its submitted report, the query it was shown (its
 * `queriedAt`): a query changed or settled since is not answered, and the supplier is told, keeping what they typed.
 * The answer is kept beside the review, the specialists are told, and the KPI is theirs to review again. Null unless
 * a query is on this supplier's report.
 */
export async function replyToQuery(actor: Actor, contractId: string, year: number, kind: string, reply: string, queriedAt: Date, now = new Date()) {
  return db.$transaction(async (tx) => {
    const found = await reportingContract(tx, actor, contractId, year, now);
    if (!found) return null;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: found.contract.id, contractYear: year } }, select: { id: true, status: true } });
    const review = report?.status === "submitted" ? await tx.contractKpiReview.findFirst({ where: { reportId: report.id, kpiKind: kind } }) : null;
    if (!review) return null;
    const answered = await tx.contractKpiReview.updateMany({ where: { id: review.id, outcome: "queried", reviewedAt: queriedAt }, data: { reply, repliedAt: now, repliedById: actor.userId } });
    if (answered.count !== 1) throw new AppError("QUERY_CHANGED", "kpiReply.queryChanged");
    await notifyKpiQueryAnswered(tx, found.contract, { answerId: `${review.id}:${now.getTime()}`, contractYear: year, kind: review.kpiKind as KpiKind, reply });
    await audit(tx, actor, found.contract, "contract-kpi.query-answered", { year, kind: review.kpiKind, reply });
    return { year, kind: review.kpiKind };
  });
}
