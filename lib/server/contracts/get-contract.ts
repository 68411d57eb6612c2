import "server-only";
import { contractYearOn, contractYears, type ContractYear } from "@/lib/domain/contracts/contract-years";
import { kpiStanding, type KpiReview, type KpiStanding } from "@/lib/domain/contracts/kpi-status";
import type { ContractKpi } from "@/lib/domain/contracts/kpi-targets";
import type { ReportFigures } from "@/lib/domain/contracts/report-figures";
import { londonDay } from "@/lib/domain/responses/deadline";
import type { Actor } from "@/lib/server/auth/actor";
import { readableContract, readableContracts } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { canEditContract, canReport, canReviewKpis, dayOf } from "./access";
import { readCommitments, readFigures, readKpis, type Commitments } from "./contract-data";

export type Named = { en: string; cy: string | null };

export type ContractReportView = {
  year: number;
  status: "draft" | "submitted";
  reference: string | null;
  receiptHash: string | null;
  submittedAt: Date | null;
  version: number;
  /** The figures: the supplier's own always; the buyer's people see them once submitted, never a draft. */
  figures: ReportFigures | null;
  reviews: (KpiReview & { kpiKind: string; reviewedAt: Date; awaitingReply: boolean })[];
  /** Evidence files: the supplier's own always; the buyer's people see them once the report is submitted. */
  files: { id: string; fileName: string; size: number }[];
};

export type ContractView = {
  id: string;
  version: number;
  assessment: { id: string; title: Named; reference: string };
  buyer: Named;
  supplier: Named & { id: string };
  startsOn: string;
  endsOn: string;
  value: number;
  years: ContractYear[];
  currentYear: number | null;
  kpis: ContractKpi[];
  commitments: Commitments;
  reports: ContractReportView[];
  /** Per KPI kind, one standing per contract year. */
  standings: Record<string, KpiStanding[]>;
  viewer: { side: "buyer" | "supplier"; canEditTargets: boolean; canReview: boolean; canReport: boolean };
};

/** One contract the actor may read (its buyer's people, or its supplier's), with every year's KPI standing. */
export async function getContract(actor: Actor, contractId: string, now = new Date()): Promise<ContractView | null> {
  const where = readableContract(actor, contractId);
  if (!where) return null;
  const row = await db.contract.findFirst({
    where,
    include: { reports: { orderBy: { contractYear: "asc" }, include: { reviews: true, files: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } } } } },
  });
  if (!row) return null;
  const [assessment, organisations] = await Promise.all([
    db.assessment.findUnique({ where: { id: row.assessmentId }, select: { id: true, title: true, titleCy: true, reference: true } }),
    db.organisation.findMany({ where: { id: { in: [row.organisationId, row.supplierOrganisationId] } }, select: { id: true, nameEn: true, nameCy: true } }),
  ]);
  const named = (id: string): Named => {
    const organisation = organisations.find((o) => o.id === id);
    return { en: organisation?.nameEn ?? "", cy: organisation?.nameCy ?? null };
  };
  const supplierSide = actor.organisationKind === "supplier";
  const today = londonDay(now);
  const years = contractYears(dayOf(row.startsOn), dayOf(row.endsOn));
  const kpis = readKpis(row.kpis);
  const reports: ContractReportView[] = row.reports.map((report) => ({
    year: report.contractYear,
    status: report.status === "submitted" ? "submitted" : "draft",
    reference: report.reference,
    receiptHash: report.receiptHash,
    submittedAt: report.submittedAt,
    version: report.version,
    figures: supplierSide || report.status === "submitted" ? readFigures(report.figures) : null,
    files: supplierSide || report.status === "submitted" ? report.files : [],
    reviews: report.reviews.map((review) => ({
      kpiKind: review.kpiKind,
      outcome: review.outcome === "queried" ? "queried" : "agreed",
      status: review.status === "off-track" ? "off-track" : "on-track",
      reason: review.reason,
      reviewedAt: review.reviewedAt,
      reply: review.reply,
      // A query waits for the supplier's answer until one is given after it.
      awaitingReply: review.outcome === "queried" && !(review.repliedAt && review.repliedAt > review.reviewedAt),
    })),
  }));
  const standings = Object.fromEntries(
    kpis.map((kpi) => [
      kpi.kind,
      years.map((year) => {
        const report = reports.find((r) => r.year === year.year);
        const review = report?.reviews.find((r) => r.kpiKind === kpi.kind) ?? null;
        return kpiStanding(kpi, year, report?.figures ? { status: report.status, figures: report.figures } : null, review, today);
      }),
    ]),
  );
  return {
    id: row.id,
    version: row.version,
    assessment: { id: row.assessmentId, title: { en: assessment?.title ?? "", cy: assessment?.titleCy || null }, reference: assessment?.reference ?? "" },
    buyer: named(row.organisationId),
    supplier: { id: row.supplierOrganisationId, ...named(row.supplierOrganisationId) },
    startsOn: dayOf(row.startsOn),
    endsOn: dayOf(row.endsOn),
    value: row.value,
    years,
    currentYear: contractYearOn(years, today)?.year ?? null,
    kpis,
    commitments: readCommitments(row.commitments),
    reports,
    standings,
    viewer: { side: supplierSide ? "supplier" : "buyer", canEditTargets: canEditContract(actor), canReview: canReviewKpis(actor), canReport: canReport(actor) },
  };
}

export type ContractListEntry = { id: string; assessmentReference: string; title: Named; counterpart: Named; startsOn: string; endsOn: string; value: number; reportsSubmitted: number };

/** The actor's organisation's contracts: a buyer's own, or those awarded to a supplier. Newest first. */
export async function listContracts(actor: Actor): Promise<ContractListEntry[] | null> {
  const where = readableContracts(actor);
  if (!where) return null;
  const rows = await db.contract.findMany({
    where,
    orderBy: { startsOn: "desc" },
    take: 200,
    select: { id: true, assessmentId: true, organisationId: true, supplierOrganisationId: true, startsOn: true, endsOn: true, value: true, _count: { select: { reports: { where: { status: "submitted" } } } } },
  });
  const supplierSide = actor.organisationKind === "supplier";
  const [assessments, organisations] = await Promise.all([
    db.assessment.findMany({ where: { id: { in: rows.map((r) => r.assessmentId) } }, select: { id: true, title: true, titleCy: true, reference: true } }),
    db.organisation.findMany({ where: { id: { in: rows.map((r) => (supplierSide ? r.organisationId : r.supplierOrganisationId)) } }, select: { id: true, nameEn: true, nameCy: true } }),
  ]);
  return rows.map((row) => {
    const assessment = assessments.find((a) => a.id === row.assessmentId);
    const counterpart = organisations.find((o) => o.id === (supplierSide ? row.organisationId : row.supplierOrganisationId));
    return {
      id: row.id,
      assessmentReference: assessment?.reference ?? "",
      title: { en: assessment?.title ?? "", cy: assessment?.titleCy || null },
      counterpart: { en: counterpart?.nameEn ?? "", cy: counterpart?.nameCy ?? null },
      startsOn: dayOf(row.startsOn),
      endsOn: dayOf(row.endsOn),
      value: row.value,
      reportsSubmitted: row._count.reports,
    };
  });
}

/** The contract made from one of the actor's organisation's assessments, if any (buyers only). */
export async function contractOfAssessment(actor: Actor, assessmentId: string): Promise<{ id: string } | null> {
  if (actor.organisationKind !== "buyer") return null;
  return db.contract.findFirst({ where: { assessmentId, organisationId: actor.organisationId }, select: { id: true } });
}
