import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pounds } from "@/components/contracts/kpi-text";
import { Table } from "@/components/govuk/Table";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { contractReaders } from "@/lib/server/contracts/access";
import { listContracts } from "@/lib/server/contracts/get-contract";
import { pageNotFound } from "@/lib/server/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.list"))("title") };
}

export default async function ContractsPage() {
  const actor = await requireActor({ roles: contractReaders, returnTo: "/contracts" });
  const contracts = await listContracts(actor);
  if (!contracts) pageNotFound();
  const t = await getTranslations("contracts.list");
  const locale = toLocale(await getLocale());
  const buyer = actor.organisationKind === "buyer";
  const name = (named: { en: string; cy: string | null }) => (locale === "cy" && named.cy ? named.cy : named.en);
  return (
    <>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{buyer ? t("introBuyer") : t("introSupplier")}</p>
      {buyer && (
        <div className="govuk-inset-text">
          <a className="govuk-link" href="/contracts/sustainable-ict-report">
            {t("organisationReport")}
          </a>
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t("organisationReportHint")}</p>
        </div>
      )}
      {contracts.length === 0 ? (
        <p className="govuk-body" data-testid="no-contracts">
          {buyer ? t("emptyBuyer") : t("empty")}
        </p>
      ) : (
        <Table
          caption={t("title")}
          captionSize="s"
          testId="contracts"
          numeric={[3, 4]}
          head={[t("contract"), buyer ? t("supplier") : t("buyer"), t("term"), t("value"), t("reports")]}
          rows={contracts.map((contract) => ({
            key: contract.id,
            cells: [
              <a className="govuk-link" href={`/contracts/${contract.id}`} key="link">
                {name(contract.title)} <span className="govuk-body-s">({contract.assessmentReference})</span>
              </a>,
              name(contract.counterpart),
              `${dateInWords(contract.startsOn, locale)} – ${dateInWords(contract.endsOn, locale)}`,
              pounds(contract.value),
              contract.reportsSubmitted,
            ],
          }))}
        />
      )}
    </>
  );
}
