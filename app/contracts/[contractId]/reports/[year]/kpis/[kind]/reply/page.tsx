import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiYearTable } from "@/components/contracts/KpiYearTable";
import { SmallForm } from "@/components/forms/SmallForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { toLocale } from "@/lib/i18n/locales";
import { contractYearParam, kpiKind } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReporters } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { replyToQueryAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.reply"))("submit") };
}

type Props = { params: Promise<{ contractId: string; year: string; kind: string }> };

/** The supplier answers a query on one KPI of its submitted report, seeing the query, its figure and the target. */
async function ReplyToQueryPage({ params }: Props) {
  const { contractId, year: yearText, kind: kindText } = await params;
  const actor = await requireActor({ roles: contractReporters, returnTo: `/contracts/${contractId}/reports/${yearText}/kpis/${kindText}/reply` });
  const year = contractYearParam.safeParse(yearText);
  const kind = kpiKind.safeParse(kindText);
  const contract = year.success && kind.success ? await getContract(actor, contractId) : null;
  const report = contract?.reports.find((r) => r.year === year.data && r.status === "submitted");
  const review = kind.success ? report?.reviews.find((r) => r.kpiKind === kind.data && r.outcome === "queried") : undefined;
  if (!contract || !report || !kind.success || !review || !contract.viewer.canReport) pageNotFound();
  const t = await getTranslations("contracts.reply");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const reportPage = `/contracts/${contract.id}/reports/${report.year}`;
  return (
    <>
      <BackLink href={reportPage} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{contract.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("title", { kpi: kpiKindInfo[kind.data].inSentence[locale], year: report.year })}</h1>
          <KpiYearTable rows={[{ kind: kind.data, standing: contract.standings[kind.data][report.year - 1] }]} contractId={contract.id} year={report.year} reviewLinks={false} />
          <h2 className="govuk-heading-s">{t("query")}</h2>
          <div className="govuk-inset-text" data-testid="query">
            {review.reason}
          </div>
          <SmallForm
            action={replyToQueryAction.bind(null, contract.id, report.year, kind.data, review.reviewedAt.toISOString())}
            checks="kpiReply"
            submit={t("submit")}
            fields={[{ kind: "textarea", name: "reply", label: t("label"), hint: t("hint"), defaultValue: review.awaitingReply ? "" : (review.reply ?? "") }]}
          />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ReplyToQueryPage, ["errors"]);
