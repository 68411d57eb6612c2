import "server-only";
import { reportingYearOf } from "@/lib/domain/contracts/contract-years";
import { organisationReport, type OrganisationReport, type ReportedContract } from "@/lib/domain/contracts/organisation-report";
import type { Role } from "@/lib/domain/organisations/roles";
import { londonDay } from "@/lib/domain/responses/deadline";
import type { Actor } from "@/lib/server/auth/actor";
import { inOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { dayOf, isBuyer } from "./access";
import { readCommitments, readFigures, readKpis } from "./contract-data";

/** The buyer's people who read its sustainable-ICT report. */
export const organisationReportReaders: readonly Role[] = ["procurement-officer", "sustainability-specialist", "organisation-admin"];

export type OrganisationReportView = OrganisationReport & { organisation: { en: string; cy: string | null }; currentYear: number; firstYear: number; contractCount: number };

/**
 * The buyer organisation's sustainable-ICT report for the reporting year starting 1 April `startYear` (the current
 * year when not given), from its own contracts and their submitted reports only. Null for anyone else.
 */
export async function getOrganisationReport(actor: Actor, startYear: number | null, now = new Date()): Promise<OrganisationReportView | null> {
  if (!isBuyer(actor) || !organisationReportReaders.includes(actor.role)) return null;
  const rows = await db.contract.findMany({
    where: inOrganisation(actor),
    select: { id: true, supplierOrganisationId: true, startsOn: true, endsOn: true, kpis: true, commitments: true, reports: { where: { status: "submitted" }, select: { contractYear: true, figures: true } } },
    orderBy: { startsOn: "asc" },
  });
  const [organisation, suppliers] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { nameEn: true, nameCy: true } }),
    db.organisation.findMany({ where: { id: { in: rows.map((r) => r.supplierOrganisationId) } }, select: { id: true, nameEn: true } }),
  ]);
  const contracts: ReportedContract[] = rows.map((row) => {
    const commitments = readCommitments(row.commitments);
    return {
      id: row.id,
      supplierId: row.supplierOrganisationId,
      supplierName: suppliers.find((s) => s.id === row.supplierOrganisationId)?.nameEn ?? "",
      startsOn: dayOf(row.startsOn),
      endsOn: dayOf(row.endsOn),
      kpis: readKpis(row.kpis),
      reports: row.reports.map((report) => ({ year: report.contractYear, figures: readFigures(report.figures) })),
      validCarbonReductionPlan: commitments.validCarbonReductionPlan,
      scienceBasedTargets: commitments.scienceBasedTargets,
    };
  });
  const currentYear = reportingYearOf(londonDay(now)).startYear;
  const firstYear = contracts.length > 0 ? reportingYearOf(contracts[0].startsOn).startYear : currentYear;
  const year = startYear !== null && startYear >= firstYear - 1 && startYear <= currentYear ? startYear : currentYear;
  return { ...organisationReport(contracts, year), organisation: { en: organisation.nameEn, cy: organisation.nameCy }, currentYear, firstYear, contractCount: contracts.length };
}
