import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiTables } from "@/components/contracts/KpiTables";
import { ReportsTable } from "@/components/contracts/ReportsTable";
import { pounds } from "@/components/contracts/kpi-text";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReaders } from "@/lib/server/contracts/access";
import { getContract } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";
import { requestReportAction } from "@/app/contracts/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.list"))("contract") };
}

type Props = { params: Promise<{ contractId: string }>; searchParams: Promise<{ done?: string }> };

async function ContractPage({ params, searchParams }: Props) {
  const { contractId } = await params;
  const actor = await requireActor({ roles: contractReaders, returnTo: `/contracts/${contractId}` });
  const contract = await getContract(actor, contractId);
  if (!contract) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("contracts.contract");
  const td = await getTranslations("contracts.done");
  const tk = await getTranslations("contracts.kpis");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const name = (named: { en: string; cy: string | null }) => (locale === "cy" && named.cy ? named.cy : named.en);
  const buyerSide = contract.viewer.side === "buyer";
  return (
    <>
      <BackLink href="/contracts" text={tc("back")} />
      {done && td.has(done) && <SuccessBanner title={tc("success")} heading={td(done)} />}
      <span className="govuk-caption-l">{t("caption", { reference: contract.assessment.reference })}</span>
      <h1 className="govuk-heading-l">{name(contract.assessment.title)}</h1>
      <SummaryList
        rows={[
          { key: "supplier", label: t("supplier"), value: name(contract.supplier) },
          { key: "buyer", label: t("buyer"), value: name(contract.buyer) },
          { key: "starts", label: t("starts"), value: dateInWords(contract.startsOn, locale) },
          { key: "ends", label: t("ends"), value: dateInWords(contract.endsOn, locale) },
          { key: "value", label: t("value"), value: pounds(contract.value) },
          { key: "year", label: t("currentYear"), value: contract.currentYear ? t("currentYearValue", { year: contract.currentYear, count: contract.years.length }) : t("notRunning") },
          {
            key: "commitments",
            label: t("commitments"),
            value: (
              <ul className="govuk-list">
                <li>{contract.commitments.validCarbonReductionPlan ? t("validPlan") : t("noValidPlan")}</li>
                <li>{contract.commitments.scienceBasedTargets ? t("sbti") : t("noSbti")}</li>
              </ul>
            ),
          },
          ...(buyerSide
            ? [{ key: "assessment", label: t("assessment"), value: <a className="govuk-link" href={`/assessments/${contract.assessment.id}`}>{contract.assessment.reference}</a> }]
            : []),
        ]}
      />
      <KpiTables contract={contract} reviewLinks={contract.viewer.canReview} />
      {contract.viewer.canEditTargets && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/contracts/${contract.id}/targets`}>
            {tk("change")}
          </a>
        </p>
      )}
      <ReportsTable contract={contract} requestReport={(year) => requestReportAction.bind(null, contract.id, year)} />
    </>
  );
}

export default withClientMessages(ContractPage, ["errors"]);
