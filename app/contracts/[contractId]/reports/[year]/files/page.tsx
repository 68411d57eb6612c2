import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportFileForm } from "@/components/contracts/ReportFileForm";
import { ReportFilesList } from "@/components/contracts/ReportFilesList";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { compareDates } from "@/lib/domain/dates";
import { londonDay } from "@/lib/domain/responses/deadline";
import { contractYearParam } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReporters } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { removeReportFileAction, uploadReportFileAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.files"))("heading") };
}

type Props = { params: Promise<{ contractId: string; year: string }>; searchParams: Promise<{ done?: string }> };

/** The supplier adds and removes the evidence files of a draft report. */
async function ReportFilesPage({ params, searchParams }: Props) {
  const { contractId, year: yearText } = await params;
  const actor = await requireActor({ roles: contractReporters, returnTo: `/contracts/${contractId}/reports/${yearText}/files` });
  const parsedYear = contractYearParam.safeParse(yearText);
  const contract = parsedYear.success ? await getContract(actor, contractId) : null;
  const year = contract?.years.find((y) => y.year === (parsedYear.success ? parsedYear.data : 0));
  if (!contract || !year || !contract.viewer.canReport || compareDates(year.from, londonDay(new Date())) > 0) pageNotFound();
  const report = contract.reports.find((r) => r.year === year.year);
  const reportPage = `/contracts/${contract.id}/reports/${year.year}`;
  const { done } = await searchParams;
  const t = await getTranslations("contracts.files");
  const td = await getTranslations("contracts.done");
  const tc = await getTranslations("common");
  const draft = report?.status !== "submitted";
  return (
    <>
      <BackLink href={reportPage} text={t("back")} />
      {done && td.has(done) && <SuccessBanner title={tc("success")} heading={td(done)} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{contract.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("title", { year: year.year })}</h1>
          <p className="govuk-body">{draft ? t("intro") : t("submittedIntro")}</p>
          <ReportFilesList
            files={report?.files ?? []}
            href={(file) => `${reportPage}/files/${file.id}`}
            remove={draft ? (file) => removeReportFileAction.bind(null, contract.id, year.year, file.id) : undefined}
          />
          {draft && <ReportFileForm action={uploadReportFileAction.bind(null, contract.id, year.year)} />}
          <p className="govuk-body">
            <a className="govuk-link" href={reportPage}>
              {t("back")}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ReportFilesPage, ["errors", "contracts.files"]);
