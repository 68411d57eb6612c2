import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContractReportForm } from "@/components/contracts/ContractReportForm";
import { KpiYearTable } from "@/components/contracts/KpiYearTable";
import { ReportFiguresList } from "@/components/contracts/ReportFiguresList";
import { ReportFilesList } from "@/components/contracts/ReportFilesList";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { compareDates, dateInWords } from "@/lib/domain/dates";
import { electricityRegions, regionLabel } from "@/lib/domain/footprint/factors";
import { londonDay } from "@/lib/domain/responses/deadline";
import { reportFormValues } from "@/lib/forms/contract-report";
import { toLocale } from "@/lib/i18n/locales";
import { contractYearParam } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReaders } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { saveReportAction } from "@/app/contracts/actions";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = contractYearParam.safeParse((await params).year);
  return { title: (await getTranslations("contracts.report"))("title", { year: year.success ? year.data : "" }) };
}

type Props = { params: Promise<{ contractId: string; year: string }>; searchParams: Promise<{ done?: string }> };

/** The supplier fills in a year's report here; once submitted, everyone who reads the contract sees it here. */
async function ContractReportPage({ params, searchParams }: Props) {
  const { contractId, year: yearText } = await params;
  const actor = await requireActor({ roles: contractReaders, returnTo: `/contracts/${contractId}/reports/${yearText}` });
  const parsedYear = contractYearParam.safeParse(yearText);
  const contract = parsedYear.success ? await getContract(actor, contractId) : null;
  const year = contract?.years.find((y) => y.year === (parsedYear.success ? parsedYear.data : 0));
  if (!contract || !year || compareDates(year.from, londonDay(new Date())) > 0) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("contracts.report");
  const td = await getTranslations("contracts.done");
  const tf = await getTranslations("contracts.files");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const report = contract.reports.find((r) => r.year === year.year);
  const editing = contract.viewer.canReport && report?.status !== "submitted";
  return (
    <>
      <BackLink href={`/contracts/${contract.id}`} text={t("back")} />
      {done && td.has(done) && <SuccessBanner title={tc("success")} heading={td(done)} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{t("caption", { reference: contract.assessment.reference, from: dateInWords(year.from, locale), to: dateInWords(year.to, locale) })}</span>
          <h1 className="govuk-heading-l">{t("title", { year: year.year })}</h1>
          {editing ? (
            <>
              <p className="govuk-body">{t("intro")}</p>
              <p className="govuk-body">
                <a className="govuk-link" href={`/contracts/${contract.id}/reports/${year.year}/files`}>
                  {tf("manage", { count: report?.files.length ?? 0 })}
                </a>
              </p>
              <ContractReportForm
                action={saveReportAction.bind(null, contract.id, year.year)}
                initial={{ ...reportFormValues(report?.figures ?? null), version: String(report?.version ?? 0) }}
                regions={electricityRegions.map((region) => ({ value: region, text: regionLabel(region)[locale] }))}
                kpis={contract.kpis.map((kpi) => ({ kind: kpi.kind, name: kpiKindInfo[kpi.kind].inSentence[locale] }))}
              />
            </>
          ) : report?.status === "submitted" && report.figures ? (
            <>
              <p className="govuk-body">{t("submittedOn", { date: report.submittedAt ? dateInWords(londonDay(report.submittedAt), locale) : "" })}</p>
              <KpiYearTable rows={contract.kpis.map((kpi) => ({ kind: kpi.kind, standing: contract.standings[kpi.kind][year.year - 1] }))} contractId={contract.id} year={year.year} reviewLinks={contract.viewer.canReview} replyLinks={contract.viewer.canReport} />
              <ReportFiguresList figures={report.figures} />
              <h2 className="govuk-heading-m">{tf("heading")}</h2>
              <ReportFilesList files={report.files} href={(file) => `/contracts/${contract.id}/reports/${year.year}/files/${file.id}`} />
            </>
          ) : (
            <p className="govuk-body" data-testid="report-not-submitted">
              {t("draftHidden")}
            </p>
          )}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ContractReportPage, ["errors", "contracts.report"]);
