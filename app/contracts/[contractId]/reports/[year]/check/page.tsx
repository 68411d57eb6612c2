import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiYearTable } from "@/components/contracts/KpiYearTable";
import { ReportFiguresList } from "@/components/contracts/ReportFiguresList";
import { ReportFilesList } from "@/components/contracts/ReportFilesList";
import { ActionButton } from "@/components/forms/ActionButton";
import { BackLink } from "@/components/govuk/BackLink";
import { ErrorSummary } from "@/components/govuk/ErrorSummary";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { kpiStanding, kpisNeedingExplanation } from "@/lib/domain/contracts/kpi-status";
import { dateInWords } from "@/lib/domain/dates";
import { londonDay } from "@/lib/domain/responses/deadline";
import { toLocale } from "@/lib/i18n/locales";
import { contractYearParam } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { canSubmit, contractReporters } from "@/lib/server/contracts/access";
import { getOwnReport, submissionProblem } from "@/lib/server/contracts/contract-reports";
import { pageNotFound } from "@/lib/server/page-not-found";
import { submitReportAction } from "@/app/contracts/actions";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = contractYearParam.safeParse((await params).year);
  return { title: (await getTranslations("contracts.check"))("title", { year: year.success ? year.data : "" }) };
}

/** The supplier checks each KPI against its target before submitting; a missed target must be explained first. */
async function CheckReportPage({ params }: { params: Promise<{ contractId: string; year: string }> }) {
  const { contractId, year: yearText } = await params;
  const actor = await requireActor({ roles: contractReporters, returnTo: `/contracts/${contractId}/reports/${yearText}/check` });
  const parsedYear = contractYearParam.safeParse(yearText);
  const report = parsedYear.success ? await getOwnReport(actor, contractId, parsedYear.data) : null;
  if (!report) pageNotFound();
  const formPage = `/contracts/${contractId}/reports/${report.contractYear.year}`;
  if (report.status === "submitted" || !report.figures) redirect(formPage);
  const t = await getTranslations("contracts.check");
  const te = await getTranslations("errors");
  const tc = await getTranslations("common");
  const tf = await getTranslations("contracts.files");
  const locale = toLocale(await getLocale());
  const figures = report.figures;
  const today = londonDay(new Date());
  const rows = report.kpis.map((kpi) => ({ kind: kpi.kind, standing: kpiStanding(kpi, report.contractYear, { status: "submitted", figures }, null, today) }));
  const problem = submissionProblem(report.kpis, report.contractYear, figures, today);
  const unexplained = kpisNeedingExplanation(report.kpis, report.contractYear, figures);
  const problems: Record<string, string> =
    problem === "contractReport.emissionsRequired"
      ? { scope1: te(problem) }
      : problem === "contractReport.explanationNeeded"
        ? Object.fromEntries(unexplained.map(({ kpi, reason }) => [`explanation_${kpi.kind}`, t(reason === "missed" ? "needsExplanation" : "needsFigure", { kpi: kpiKindInfo[kpi.kind].inSentence[locale] })]))
        : {};
  return (
    <>
      <BackLink href={formPage} text={tc("back")} />
      {Object.keys(problems).length > 0 && <ErrorSummary title={tc("errorSummaryTitle")} errors={problems} links={Object.fromEntries(Object.keys(problems).map((field) => [field, `${formPage}#${field}`]))} />}
      <h1 className="govuk-heading-l">{t("title", { year: report.contractYear.year })}</h1>
      <p className="govuk-body">{t("intro")}</p>
      {problem === "contractReport.yearNotEnded" && (
        <div className="govuk-inset-text" data-testid="year-not-ended">
          {t("yearNotEnded", { date: dateInWords(report.contractYear.to, locale) })}
        </div>
      )}
      <KpiYearTable rows={rows} contractId={contractId} year={report.contractYear.year} reviewLinks={false} />
      <ReportFiguresList figures={figures} />
      <h2 className="govuk-heading-m">{tf("heading")}</h2>
      <ReportFilesList files={report.files} href={(file) => `${formPage}/files/${file.id}`} />
      <p className="govuk-body">
        <a className="govuk-link" href={`${formPage}/files`}>
          {tf("manage", { count: report.files.length })}
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={formPage}>
          {t("change")}
        </a>
      </p>
      {!problem && canSubmit(actor) && <ActionButton action={submitReportAction.bind(null, contractId, report.contractYear.year, report.version)} label={t("submit")} variant="primary" />}
      {!problem && !canSubmit(actor) && (
        <div className="govuk-inset-text" data-testid="admin-submits">
          {t("adminSubmits")}
        </div>
      )}
    </>
  );
}

export default withClientMessages(CheckReportPage, ["errors"]);
