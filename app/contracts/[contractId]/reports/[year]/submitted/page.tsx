import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/govuk/Panel";
import { contractYearParam } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReporters } from "@/lib/server/contracts/access";
import { getOwnReport } from "@/lib/server/contracts/contract-reports";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.submitted"))("title") };
}

/** The confirmation after a report is submitted: its reference and the receipt the supplier keeps. */
export default async function ReportSubmittedPage({ params }: { params: Promise<{ contractId: string; year: string }> }) {
  const { contractId, year: yearText } = await params;
  const actor = await requireActor({ roles: contractReporters, returnTo: `/contracts/${contractId}/reports/${yearText}/submitted` });
  const parsedYear = contractYearParam.safeParse(yearText);
  const report = parsedYear.success ? await getOwnReport(actor, contractId, parsedYear.data) : null;
  if (!report || report.status !== "submitted") pageNotFound();
  const t = await getTranslations("contracts.submitted");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("title")}>
          {t("reference")}
          <br />
          <strong data-testid="report-reference">{report.reference}</strong>
        </Panel>
        <h2 className="govuk-heading-s">{t("receipt")}</h2>
        <p className="govuk-body" data-testid="report-receipt">
          <code className="govuk-!-font-size-16">{report.receiptHash}</code>
        </p>
        <p className="govuk-body">{t("next")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/contracts/${contractId}`}>
            {t("back")}
          </a>
        </p>
      </div>
    </div>
  );
}
