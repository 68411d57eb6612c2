import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiReviewForm } from "@/components/contracts/KpiReviewForm";
import { KpiYearTable } from "@/components/contracts/KpiYearTable";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { toLocale } from "@/lib/i18n/locales";
import { contractYearParam, kpiKind } from "@/lib/schemas/contracts";
import { requireActor } from "@/lib/server/auth/actor";
import { kpiReviewers } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { reviewKpiAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.report"))("review") };
}

type Props = { params: Promise<{ contractId: string; year: string; kind: string }> };

/** The specialist reviews one KPI of a submitted report, seeing the figure, target and the supplier's explanation. */
async function ReviewKpiPage({ params }: Props) {
  const { contractId, year: yearText, kind: kindText } = await params;
  const actor = await requireActor({ roles: kpiReviewers, returnTo: `/contracts/${contractId}/reports/${yearText}/kpis/${kindText}` });
  const year = contractYearParam.safeParse(yearText);
  const kind = kpiKind.safeParse(kindText);
  const contract = year.success && kind.success ? await getContract(actor, contractId) : null;
  const report = contract?.reports.find((r) => r.year === year.data && r.status === "submitted");
  if (!contract || !report || !kind.success || !contract.viewer.canReview || !contract.kpis.some((kpi) => kpi.kind === kind.data)) pageNotFound();
  const standing = contract.standings[kind.data][report.year - 1];
  const t = await getTranslations("contracts.review");
  const ts = await getTranslations("contracts.status");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const name = kpiKindInfo[kind.data].name[locale];
  const initial: Record<string, string> = standing.review ? { outcome: standing.review.outcome, status: standing.review.status, reason: standing.review.reason } : {};
  return (
    <>
      <BackLink href={`/contracts/${contract.id}/reports/${report.year}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{contract.assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("title", { kpi: name, year: report.year })}</h1>
          <KpiYearTable rows={[{ kind: kind.data, standing }]} contractId={contract.id} year={report.year} reviewLinks={false} />
          <p className="govuk-body">{t("computed", { status: ts(standing.computed) })}</p>
          <KpiReviewForm action={reviewKpiAction.bind(null, contract.id, report.year, kind.data)} initial={initial} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ReviewKpiPage, ["errors", "contracts.review", "contracts.status"]);
