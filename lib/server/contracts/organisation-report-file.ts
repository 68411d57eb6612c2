import "server-only";
import { reportingYearLabel } from "@/lib/domain/contracts/contract-years";
import { exportMediaTypes as mediaTypes } from "@/lib/export";
import { organisationReportCsv, organisationReportDocument, organisationReportSheets, organisationReportTitle } from "@/lib/export/organisation-report";
import { renderOdt } from "@/lib/export/odt/render";
import { writeWorkbook } from "@/lib/export/xlsx/workbook";
import type { Actor } from "@/lib/server/auth/actor";
import { getOrganisationReport } from "./organisation-report";

export const organisationReportFormats = ["csv", "xlsx", "odt"] as const;
export type OrganisationReportFormat = (typeof organisationReportFormats)[number];

/**
 * The organisation report for a reporting year as a file, in both languages (Welsh first for a Welsh body), for the
 * organisation's own people only; null otherwise.
 */
export async function organisationReportFile(actor: Actor, startYear: number, format: OrganisationReportFormat, now = new Date()) {
  const report = await getOrganisationReport(actor, startYear, now);
  if (!report || report.year.startYear !== startYear) return null;
  const languages = actor.nation === "wales" ? (["cy", "en"] as const) : (["en", "cy"] as const);
  const fileName = `sustainable-ict-report-${reportingYearLabel(startYear).replace("–", "-")}.${format}`;
  if (format === "csv") return { body: organisationReportCsv(report, languages), fileName, mediaType: mediaTypes.csv };
  if (format === "odt") return { body: renderOdt(organisationReportDocument(report, languages, now.toISOString())), fileName, mediaType: mediaTypes.odt };
  const title = organisationReportTitle(report, languages);
  const author = languages[0] === "cy" && report.organisation.cy ? report.organisation.cy : report.organisation.en;
  const body = await writeWorkbook(
    { title, subject: title, author, created: now.toISOString(), language: languages[0], runningHeader: title, pageFooter: "&P / &N" },
    organisationReportSheets(report, languages),
  );
  return { body, fileName, mediaType: mediaTypes.xlsx };
}
