import "server-only";
import type { DashboardContract } from "@/lib/domain/contracts/contract-work";
import { kpiKinds, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { Actor } from "@/lib/server/auth/actor";
import { readableContracts } from "@/lib/server/auth/scope";
import { dayOf } from "@/lib/server/contracts/access";
import { readKpis } from "@/lib/server/contracts/contract-data";
import { db } from "@/lib/server/db";

/** The actor's organisation's contracts as the dashboard needs them: two queries, however many there are. */
export async function getDashboardContracts(actor: Actor): Promise<DashboardContract[]> {
  const where = readableContracts(actor);
  if (!where) return [];
  const rows = await db.contract.findMany({
    where,
    take: 200,
    orderBy: { startsOn: "desc" },
    select: { id: true, assessmentId: true, startsOn: true, endsOn: true, kpis: true, reports: { select: { contractYear: true, status: true, reviews: { select: { kpiKind: true, outcome: true, reviewedAt: true, repliedAt: true } } } } },
  });
  const references = await db.assessment.findMany({ where: { id: { in: rows.map((row) => row.assessmentId) } }, select: { id: true, reference: true } });
  return rows.map((row) => ({
    id: row.id,
    reference: references.find((a) => a.id === row.assessmentId)?.reference ?? "",
    startsOn: dayOf(row.startsOn),
    endsOn: dayOf(row.endsOn),
    kpiCount: readKpis(row.kpis).length,
    reports: row.reports.map((report) => ({
      year: report.contractYear,
      submitted: report.status === "submitted",
      reviewed: report.reviews.length,
      queries: report.reviews
        .filter((review) => review.outcome === "queried" && (kpiKinds as readonly string[]).includes(review.kpiKind))
        .map((review) => ({ kind: review.kpiKind as KpiKind, awaitingReply: !(review.repliedAt && review.repliedAt > review.reviewedAt) })),
    })),
  }));
}
