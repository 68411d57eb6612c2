import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FootprintBarChart } from "@/components/contracts/FootprintBarChart";
import { BackLink } from "@/components/govuk/BackLink";
import { Button } from "@/components/govuk/Button";
import { Select } from "@/components/govuk/Select";
import { Table } from "@/components/govuk/Table";
import { reportingYearLabel } from "@/lib/domain/contracts/contract-years";
import { formatGrouped } from "@/lib/domain/number-text";
import { toLocale } from "@/lib/i18n/locales";
import { reportYearQuery } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { getOrganisationReport, organisationReportReaders } from "@/lib/server/contracts/organisation-report";
import { organisationReportFormats } from "@/lib/server/contracts/organisation-report-file";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.organisationReport"))("title") };
}

/** The organisation's sustainable-ICT report for a reporting year: totals, trend, refurbished share, end of life, suppliers. */
export default async function OrganisationReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor({ roles: organisationReportReaders, returnTo: "/contracts/sustainable-ict-report" });
  const query = reportYearQuery.parse(await searchParams);
  const report = await getOrganisationReport(actor, query.year ?? null);
  if (!report) pageNotFound();
  const t = await getTranslations("contracts.organisationReport");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const label = reportingYearLabel(report.year.startYear);
  const t1 = (value: number) => formatGrouped(value, 1);
  const years = Array.from({ length: report.currentYear - report.firstYear + 2 }, (_, i) => report.currentYear - i);
  const describe = (bar: { label: string; reported: number; estimated: number }) => t("barDescription", { label: bar.label, reported: t1(bar.reported), estimated: t1(bar.estimated) });
  const percentOrNone = (value: number | null) => (value === null ? t("notAvailable") : `${t1(value)}%`);
  return (
    <>
      <BackLink href="/contracts" text={tc("back")} />
      <span className="govuk-caption-l">{locale === "cy" && report.organisation.cy ? report.organisation.cy : report.organisation.en}</span>
      <h1 className="govuk-heading-l">
        {t("title")} {label}
      </h1>
      <p className="govuk-body">{t("intro")}</p>
      {query.year !== undefined && query.year !== report.year.startYear && (
        <div className="govuk-inset-text" data-testid="other-year">
          {t("otherYear", { asked: reportingYearLabel(query.year), shown: label })}
        </div>
      )}
      <form method="get" action="/contracts/sustainable-ict-report" className="govuk-!-margin-bottom-6">
        <Select id="year" label={t("year")} value={String(report.year.startYear)} options={years.map((year) => ({ value: String(year), text: reportingYearLabel(year) }))} />
        <Button variant="secondary">{t("show")}</Button>
      </form>
      {report.contractCount === 0 && (
        <p className="govuk-inset-text" data-testid="no-contracts">
          {t("noContracts")}
        </p>
      )}

      <h2 className="govuk-heading-m">{t("footprint")}</h2>
      <dl className="govuk-summary-list" data-testid="footprint-summary">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("total")}</dt>
          <dd className="govuk-summary-list__value">
            <strong data-testid="footprint-total">{formatGrouped(report.footprint.totalTCO2e, 1)} tCO2e</strong>
            {report.footprint.estimatedPercent !== null && <span className="govuk-body-s govuk-!-display-block">{t("estimatedShare", { percent: t1(report.footprint.estimatedPercent) })}</span>}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("reported")}</dt>
          <dd className="govuk-summary-list__value">{formatGrouped(report.footprint.reportedTCO2e, 1)} tCO2e</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("estimated")}</dt>
          <dd className="govuk-summary-list__value">{formatGrouped(report.footprint.estimatedTCO2e, 1)} tCO2e</dd>
        </div>
      </dl>
      <p className="govuk-body-s">{t("estimatedHint")}</p>

      <FootprintBarChart
        id="trend-chart"
        caption={t("trend")}
        reportedLabel={t("reported")}
        estimatedLabel={t("estimated")}
        describe={describe}
        bars={report.trend.map((year) => ({ key: String(year.startYear), label: reportingYearLabel(year.startYear), reported: year.reportedTCO2e, estimated: year.estimatedTCO2e }))}
      />
      <Table
        caption={t("trend")}
        captionSize="s"
        testId="trend"
        numeric={[1, 2, 3]}
        head={[t("year"), `${t("reported")} (tCO2e)`, `${t("estimated")} (tCO2e)`, `${t("total")} (tCO2e)`]}
        rows={report.trend.map((year) => ({ key: String(year.startYear), cells: [reportingYearLabel(year.startYear), t1(year.reportedTCO2e), t1(year.estimatedTCO2e), t1(year.totalTCO2e)] }))}
      />

      {report.contracts.length > 0 && (
        <>
          <FootprintBarChart
            id="contracts-chart"
            caption={t("byContract")}
            reportedLabel={t("reported")}
            estimatedLabel={t("estimated")}
            describe={describe}
            bars={report.contracts.map((contract) => ({ key: contract.id, label: contract.supplierName, reported: contract.reportedTCO2e, estimated: contract.estimatedTCO2e }))}
          />
          <Table
            caption={t("byContract")}
            captionSize="s"
            testId="by-contract"
            numeric={[1, 2]}
            head={[t("suppliers"), `${t("reported")} (tCO2e)`, `${t("estimated")} (tCO2e)`]}
            rows={report.contracts.map((contract) => ({ key: contract.id, cells: [<a className="govuk-link" href={`/contracts/${contract.id}`} key="c">{contract.supplierName}</a>, t1(contract.reportedTCO2e), t1(contract.estimatedTCO2e)] }))}
          />
        </>
      )}

      <h2 className="govuk-heading-m">{t("refurbished")}</h2>
      <dl className="govuk-summary-list" data-testid="refurbished">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{label}</dt>
          <dd className="govuk-summary-list__value">{report.refurbished.percent === null ? t("refurbishedNone") : t("refurbishedValue", { percent: t1(report.refurbished.percent), supplied: report.refurbished.supplied })}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("change")}</dt>
          <dd className="govuk-summary-list__value">{report.refurbished.changePoints === null ? t("noChange") : t("changeValue", { points: `${report.refurbished.changePoints > 0 ? "+" : report.refurbished.changePoints < 0 ? "−" : ""}${t1(Math.abs(report.refurbished.changePoints))}` })}</dd>
        </div>
      </dl>

      <Table
        caption={t("endOfLife")}
        testId="end-of-life"
        numeric={[1, 2]}
        head={[t("fate"), t("items"), t("share")]}
        rows={[
          { key: "reused", cells: [t("reused"), report.endOfLife.reused, percentOrNone(report.endOfLife.total ? (report.endOfLife.reused * 100) / report.endOfLife.total : null)] },
          { key: "recycled", cells: [t("recycled"), report.endOfLife.recycled, percentOrNone(report.endOfLife.total ? (report.endOfLife.recycled * 100) / report.endOfLife.total : null)] },
          { key: "landfilled", cells: [t("landfilled"), report.endOfLife.landfilled, percentOrNone(report.endOfLife.landfilledPercent)] },
          { key: "total", cells: [t("totalTaken"), report.endOfLife.total, ""] },
        ]}
      />
      <p className="govuk-body-s">{t("endOfLifeHint")}</p>

      <h2 className="govuk-heading-m">{t("suppliers")}</h2>
      <ul className="govuk-list" data-testid="suppliers">
        <li>{t("suppliersValue", { total: report.suppliers.total })}</li>
        <li>{t("validPlan", { count: report.suppliers.validCarbonReductionPlan })}</li>
        <li>{t("sbti", { count: report.suppliers.scienceBasedTargets })}</li>
      </ul>

      <h2 className="govuk-heading-m">{t("downloads")}</h2>
      <ul className="govuk-list" data-testid="downloads">
        {organisationReportFormats.map((format) => (
          <li key={format}>
            <a className="govuk-link" href={`/contracts/sustainable-ict-report/${report.year.startYear}/${format}`} download>
              {t(format)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
